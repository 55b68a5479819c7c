/**
 * How messages are declared. Each layer that needs words declares a map from message key to the
 * parameters the message takes (ids and values, never prose), e.g. the UI's `UiMessages`; every
 * locale implements all of them as functions of those parameters and a `Format`. A locale that
 * misses a key, or reads a parameter that does not exist, fails to type-check.
 *
 * Functions rather than template strings: word order, plural rules and grammatical agreement differ
 * by language (Persian puts the verb last, Bengali classifiers follow numbers), and a function lets
 * each catalogue build its sentence its own way while the parameters stay typed.
 */
import type { Format } from './format.ts';

export type Message<P extends object> = (params: P, format: Format) => string;

export type Catalogue<M extends { [K in keyof M]: object }> = { readonly [K in keyof M]: Message<M[K]> };

/** Only messages whose parameters are all optional may be called without them. */
/** The parameters of a message that takes none. */
export type NoParams = Record<string, never>;

export type ParamsArg<P extends object> = NoParams extends P ? [params?: P] : [params: P];
