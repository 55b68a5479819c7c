/**
 * What people post while a rumour runs, by stance and language. `{claim}` is replaced by the
 * rumour's claim in the language's quotation marks; templates without it are the background talk
 * around the rumour. Roughly half of each list carries the claim, so it is visible without every
 * post repeating it. Written as ordinary people post: short, informal, not always polite.
 */

export const STANCES = ['worried', 'angry', 'supportive', 'sceptical'] as const;
export type Stance = (typeof STANCES)[number];

export interface FeedLanguage {
  /** Puts the claim in the language's quotation marks. */
  readonly quote: (claim: string) => string;
  readonly templates: Readonly<Record<Stance, readonly string[]>>;
}

export const FEED_LANGUAGES = {
  en: {
    quote: (claim) => `“${claim}”`,
    templates: {
      worried: [
        'Is this true: {claim}? I am really worried.',
        'Just got sent this: {claim}. Should we be worried??',
        'Can anyone confirm {claim}? Scared for my family.',
        'Not sleeping tonight. Does anyone know what is actually going on?',
        'Why is nobody telling us anything? I am worried.',
        'Checking on everyone I know. This is frightening.',
      ],
      angry: [
        '{claim} — and they said nothing. Unbelievable.',
        'How long were they going to hide this? {claim}',
        'We have to read {claim} from strangers online. Disgraceful.',
        'Where is the statement? Total silence from the people in charge.',
        'Nobody will trust them again after this.',
        'They knew. Of course they knew.',
      ],
      supportive: [
        'The official update was clear. Following their advice.',
        'Give them time to get the facts right. Watching the official channels.',
        'Good to see a proper statement. Thanks for keeping us informed.',
        'Please share the official information, not screenshots.',
        'People keep posting {claim}. The official page says otherwise, check before you share.',
      ],
      sceptical: [
        '{claim}? Source? I cannot find this anywhere credible.',
        'Everyone is sharing {claim} but nobody links to anything.',
        'A screenshot of a screenshot. I will wait for real information.',
        'Not sharing this until someone confirms it.',
        'Who started {claim}? Looks made up to me.',
      ],
    },
  },
  fr: {
    quote: (claim) => `«\u00a0${claim}\u00a0»`,
    templates: {
      worried: [
        'C’est vrai, {claim}\u00a0? Je suis vraiment inquiète.',
        'On vient de m’envoyer ça\u00a0: {claim}. On doit s’inquiéter\u00a0?',
        'Quelqu’un peut confirmer {claim}\u00a0? J’ai peur pour ma famille.',
        'Impossible de dormir. Quelqu’un sait ce qui se passe vraiment\u00a0?',
        'Pourquoi personne ne nous dit rien\u00a0? Ça m’inquiète.',
        'J’appelle tous mes proches. C’est effrayant.',
      ],
      angry: [
        '{claim}, et eux ne disent rien. Incroyable.',
        'Combien de temps comptaient-ils cacher ça\u00a0? {claim}',
        'On doit apprendre {claim} par des inconnus sur internet. Honteux.',
        'Où est le communiqué\u00a0? Silence total des responsables.',
        'Plus personne ne leur fera confiance après ça.',
        'Ils savaient. Évidemment qu’ils savaient.',
      ],
      supportive: [
        'Le communiqué officiel était clair. Je suis leurs consignes.',
        'Laissez-leur le temps de vérifier les faits. Je suis les canaux officiels.',
        'Merci pour les informations, c’est rassurant d’avoir des points réguliers.',
        'Partagez les informations officielles, pas des captures d’écran.',
        'Certains répètent {claim}. La page officielle dit le contraire, vérifiez avant de partager.',
      ],
      sceptical: [
        '{claim}\u00a0? Source\u00a0? Je ne trouve rien de fiable.',
        'Tout le monde partage {claim} mais personne ne donne de lien.',
        'Une capture d’une capture. J’attends des informations fiables.',
        'Je ne partage pas tant que ce n’est pas confirmé.',
        'Qui a lancé {claim}\u00a0? Ça a l’air inventé.',
      ],
    },
  },
  de: {
    quote: (claim) => `„${claim}“`,
    templates: {
      worried: [
        'Stimmt das: {claim}? Ich mache mir echt Sorgen.',
        'Hab das gerade bekommen: {claim}. Müssen wir uns Sorgen machen?',
        'Kann jemand {claim} bestätigen? Ich habe Angst um meine Familie.',
        'Kann nicht schlafen. Weiß jemand, was wirklich los ist?',
        'Warum sagt uns niemand etwas? Ich mache mir Sorgen.',
        'Ich rufe gerade alle an, die ich kenne. Das ist beängstigend.',
      ],
      angry: [
        '{claim} – und von denen kein Wort. Unglaublich.',
        'Wie lange wollten die das noch verheimlichen? {claim}',
        'Wir müssen {claim} von Fremden im Netz erfahren. Eine Schande.',
        'Wo bleibt die Stellungnahme? Funkstille bei den Verantwortlichen.',
        'Nach dieser Sache vertraut denen niemand mehr.',
        'Die wussten es. Natürlich wussten die es.',
      ],
      supportive: [
        'Die offizielle Mitteilung war klar. Ich halte mich an die Hinweise.',
        'Gebt ihnen Zeit, die Fakten zu prüfen. Ich verfolge die offiziellen Kanäle.',
        'Danke für die Infos, gut, dass regelmäßig informiert wird.',
        'Bitte teilt die offiziellen Infos, keine Screenshots.',
        'Manche behaupten {claim}. Die offizielle Seite sagt etwas anderes, erst prüfen, dann teilen.',
      ],
      sceptical: [
        '{claim}? Quelle? Ich finde nichts Seriöses dazu.',
        'Alle teilen {claim}, aber niemand verlinkt etwas.',
        'Ein Screenshot von einem Screenshot. Ich warte auf echte Informationen.',
        'Ich teile das nicht, bevor es jemand bestätigt.',
        'Wer hat {claim} in die Welt gesetzt? Klingt erfunden.',
      ],
    },
  },
  es: {
    quote: (claim) => `«${claim}»`,
    templates: {
      worried: [
        '¿Es verdad que {claim}? Estoy muy preocupada.',
        'Me acaban de mandar esto: {claim}. ¿Hay que preocuparse?',
        '¿Alguien puede confirmar {claim}? Tengo miedo por mi familia.',
        'No puedo dormir. ¿Alguien sabe qué está pasando de verdad?',
        '¿Por qué nadie nos dice nada? Estoy preocupado.',
        'Estoy llamando a todos mis conocidos. Esto da miedo.',
      ],
      angry: [
        '{claim}, y ellos sin decir nada. Increíble.',
        '¿Cuánto tiempo pensaban ocultarlo? {claim}',
        'Tenemos que enterarnos de {claim} por desconocidos en internet. Vergonzoso.',
        '¿Dónde está el comunicado? Silencio total de los responsables.',
        'Después de esto nadie volverá a confiar en ellos.',
        'Lo sabían. Claro que lo sabían.',
      ],
      supportive: [
        'El comunicado oficial fue claro. Sigo sus indicaciones.',
        'Dadles tiempo para comprobar los datos. Sigo los canales oficiales.',
        'Gracias por la información, se agradece que informen con regularidad.',
        'Compartid la información oficial, no capturas de pantalla.',
        'Hay quien repite {claim}. La página oficial dice lo contrario, comprobad antes de compartir.',
      ],
      sceptical: [
        '¿{claim}? ¿Fuente? No encuentro nada fiable.',
        'Todo el mundo comparte {claim} pero nadie pone un enlace.',
        'Captura de una captura. Espero a tener información real.',
        'No lo comparto hasta que alguien lo confirme.',
        '¿Quién se ha inventado {claim}? Parece falso.',
      ],
    },
  },
} as const satisfies Readonly<Record<string, FeedLanguage>>;

export type FeedLanguageCode = keyof typeof FEED_LANGUAGES;
