/**
 * The browser's speech, where it has any: reporters' questions read aloud (speech synthesis), and
 * answers dictated into the composer (speech recognition) for the spokesperson to correct before
 * sending. Both are optional: every question is also a caption, every answer can be typed, and a
 * browser without either simply shows no speech controls.
 */

/** What the podium needs from speech recognition (Chrome still ships it prefixed, and TypeScript's DOM types omit the class). */
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: SpeechRecognitionEvent) => void) | null;
  onerror: ((event: SpeechRecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionClass = new () => Recognition;

function recognitionClass(): RecognitionClass | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

export function canListen(): boolean {
  return typeof window !== 'undefined' && recognitionClass() !== null;
}

/** A voice per reporter that stays the same through the conference: pitch and pace from their id. */
export function voiceFor(id: string): { pitch: number; rate: number } {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return { pitch: 0.8 + ((h % 100) / 100) * 0.5, rate: 0.95 + (((h >>> 8) % 100) / 100) * 0.2 };
}

export class Speaker {
  private readonly lang: string;

  constructor(lang: string) {
    this.lang = lang;
  }

  /** Reads a question aloud, cutting off whatever was being read (the next question has the floor). */
  say(text: string, reporter: string | null): void {
    if (!canSpeak()) return;
    const synth = window.speechSynthesis;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = this.lang;
    const voice = voiceFor(reporter ?? 'moderator');
    u.pitch = voice.pitch;
    u.rate = voice.rate;
    const match = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(this.lang.toLowerCase()));
    if (match) u.voice = match;
    synth.speak(u);
  }

  stop(): void {
    if (canSpeak()) window.speechSynthesis.cancel();
  }
}

export interface DictationEvents {
  /** The words so far: final ones are kept, interim ones replaced as the recogniser revises them. */
  readonly onText: (finalText: string, interim: string) => void;
  readonly onState: (listening: boolean) => void;
  /** The recogniser gave up (no microphone, permission refused, network): a code for the catalogue. */
  readonly onError: (code: string) => void;
}

/** Dictation into the composer: start, speak, stop; the words land in the text box to be corrected. */
export class Dictation {
  private recognition: Recognition | null = null;
  private readonly lang: string;
  private readonly events: DictationEvents;

  constructor(lang: string, events: DictationEvents) {
    this.lang = lang;
    this.events = events;
  }

  get listening(): boolean {
    return this.recognition !== null;
  }

  start(): void {
    const Klass = recognitionClass();
    if (!Klass || this.recognition) return;
    const r = new Klass();
    r.lang = this.lang;
    r.continuous = true;
    r.interimResults = true;
    let finalText = '';
    r.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        const alt = result?.[0];
        if (!result || !alt) continue;
        if (result.isFinal) finalText += `${finalText === '' ? '' : ' '}${alt.transcript.trim()}`;
        else interim += alt.transcript;
      }
      this.events.onText(finalText, interim.trim());
    };
    r.onerror = (event) => this.events.onError(event.error);
    r.onend = () => {
      this.recognition = null;
      this.events.onState(false);
    };
    this.recognition = r;
    try {
      r.start();
      this.events.onState(true);
    } catch {
      this.recognition = null;
      this.events.onError('not-allowed');
    }
  }

  stop(): void {
    this.recognition?.stop();
  }

  abort(): void {
    const r = this.recognition;
    this.recognition = null;
    if (r) {
      r.onend = null;
      r.abort();
    }
  }
}
