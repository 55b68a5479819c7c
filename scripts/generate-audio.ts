/**
 * Synthesises every sound of the crisis room with SoX and packs them into one audio sprite
 * (assets/audio/crisis-room.ogg + .mp3 + .json). No recordings: each sound is built from tones and
 * filtered noise, so the repository owns every sample (CC0, see assets/audio/LICENSE.md).
 *
 *   npx tsx scripts/generate-audio.ts          regenerate and print each sound's measurements
 *
 * Needs `sox` with Ogg Vorbis support (Debian: apt-get install sox libsox-fmt-all). MP3 is encoded
 * in JavaScript (lamejs) because Debian's SoX has no MP3 writer. SoX runs with -R (repeatable
 * random numbers), so regenerating gives the same noise every time.
 */
import { Mp3Encoder } from '@breezystack/lamejs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RATE = 44_100;
const OUT_DIR = 'assets/audio';
const NAME = 'crisis-room';
/** Silence between sprite entries, so a sprite never bleeds into its neighbour. */
const GAP_S = 0.3;

const work = mkdtempSync(join(tmpdir(), 'crisis-audio-'));
const file = (name: string): string => join(work, `${name}.wav`);

function sox(...args: string[]): void {
  execFileSync('sox', ['-R', '-V1', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** One tone or noise: `synth` arguments, then effects. Mono, 44.1 kHz, 16 bit. */
function synth(name: string, seconds: number, kind: string[], effects: string[] = []): string {
  sox('-n', '-r', String(RATE), '-c', '1', '-b', '16', file(name), 'synth', String(seconds), ...kind, ...effects);
  return file(name);
}

/** Mixes files (each optionally delayed by `pad` seconds) into one, then applies effects. */
function mix(name: string, parts: { file: string; at?: number; gain?: number }[], effects: string[] = []): string {
  const inputs: string[] = [];
  parts.forEach((part, i) => {
    const shifted = file(`${name}-part${i}`);
    sox(part.file, shifted, 'pad', String(part.at ?? 0), ...(part.gain ? ['gain', String(part.gain)] : []));
    inputs.push(shifted);
  });
  if (inputs.length === 1) sox(inputs[0] ?? '', file(name), ...effects);
  else sox('-m', ...inputs, file(name), ...effects);
  return file(name);
}

/** Normalises a sound to a peak level (dBFS), trims or pads it to an exact length. */
function finish(name: string, source: string, peakDb: number, seconds: number): string {
  sox(source, file(`${name}-final`), 'pad', '0', String(seconds), 'trim', '0', String(seconds), 'gain', '-n', String(peakDb));
  return file(`${name}-final`);
}

/** A small deterministic generator for click and chatter positions. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Sound {
  readonly name: string;
  readonly loop: boolean;
  readonly file: string;
  readonly seconds: number;
  readonly peakDb: number;
}

// Phone: the British double ring (400 + 450 Hz, 0.4 on, 0.2 off, 0.4 on, 2 s off), with a 25 Hz
// tremolo that gives the old bell's rattle. Loops for as long as the call rings.
function phoneRing(): Sound {
  const burst = mix('ring-burst', [
    { file: synth('ring-a', 0.4, ['sine', '400']) },
    { file: synth('ring-b', 0.4, ['sine', '450']) },
  ], ['tremolo', '25', '70', 'fade', 'q', '0.01', '0.4', '0.02']);
  const ring = mix('ring', [{ file: burst }, { file: burst, at: 0.6 }]);
  return { name: 'phone-ring', loop: true, file: finish('phone-ring', ring, -4, 3), seconds: 3, peakDb: -4 };
}

// A new email or letter: a soft two-note chime (A5 then E6) with bell-like decay.
function message(): Sound {
  const a = synth('msg-a', 0.45, ['sine', '880'], ['fade', 'q', '0.004', '0.45', '0.42', 'gain', '-3']);
  const b = synth('msg-b', 0.5, ['sine', '1318.5'], ['fade', 'q', '0.004', '0.5', '0.47', 'gain', '-5']);
  const overtone = synth('msg-c', 0.5, ['sine', '2637'], ['fade', 'q', '0.002', '0.5', '0.49', 'gain', '-20']);
  const chime = mix('msg', [{ file: a }, { file: b, at: 0.13 }, { file: overtone, at: 0.13 }]);
  return { name: 'message', loop: false, file: finish('message', chime, -6, 0.7), seconds: 0.7, peakDb: -6 };
}

// A new social post: a short plucked pop, rising, lighter than the email chime.
function post(): Sound {
  const pop = synth('post-pop', 0.12, ['sine', '500:1400'], ['fade', 'q', '0.002', '0.12', '0.1']);
  const pluck = synth('post-pluck', 0.25, ['pluck', 'C6'], ['fade', 'q', '0.002', '0.25', '0.22', 'gain', '-6']);
  const both = mix('post', [{ file: pop }, { file: pluck, at: 0.04 }]);
  return { name: 'post', loop: false, file: finish('post', both, -8, 0.32), seconds: 0.32, peakDb: -8 };
}

/** Keyboard clicks: short high-passed noise bursts at deterministic, irregular moments. */
function clicks(name: string, seconds: number, count: number, seed: number): string {
  const click = synth(`${name}-click`, 0.012, ['whitenoise'], ['highpass', '2500', 'fade', 'q', '0.001', '0.012', '0.009']);
  const next = rng(seed);
  const parts = Array.from({ length: count }, () => ({ file: click, at: next() * (seconds - 0.05), gain: -6 - next() * 10 }));
  return mix(name, [{ file: synth(`${name}-bed`, seconds, ['whitenoise'], ['gain', '-90']) }, ...parts]);
}

/** Distant voices: band-limited noise shaped by syllable-rate tremolos (about 3–6 Hz). */
function murmur(name: string, seconds: number, voices: number, seed: number, low: number, high: number): string {
  const next = rng(seed);
  const parts = Array.from({ length: voices }, (_, i) => ({
    file: synth(`${name}-voice${i}`, seconds, ['pinknoise'], [
      'sinc', `${low}-${high}`,
      'tremolo', (3 + next() * 3).toFixed(2), '90',
      'tremolo', (0.2 + next() * 0.5).toFixed(2), '60',
    ]),
  }));
  return mix(name, parts);
}

// The newsroom at rest: air conditioning rumble, far-off chatter, a few keyboards. Loops.
function ambienceCalm(): Sound {
  const seconds = 12;
  const rumble = synth('calm-rumble', seconds, ['brownnoise'], ['lowpass', '180', 'gain', '-8']);
  const voices = murmur('calm-voices', seconds, 3, 11, 300, 2200);
  const keys = clicks('calm-keys', seconds, 26, 5);
  const bed = mix('calm', [{ file: rumble }, { file: voices, gain: -14 }, { file: keys, gain: -10 }]);
  return { name: 'ambience-calm', loop: true, file: finish('ambience-calm', bed, -16, seconds), seconds, peakDb: -16 };
}

// The same room under pressure: more voices, frantic typing, a phone trilling two desks away and a
// low pulse. Mixed over the calm bed by how much pressure the session is under.
function ambienceTense(): Sound {
  const seconds = 12;
  const voices = murmur('tense-voices', seconds, 6, 23, 350, 3000);
  const keys = clicks('tense-keys', seconds, 90, 9);
  const farPhone = mix('tense-phone', [
    { file: synth('tense-ph-a', 0.35, ['sine', '1200'], ['tremolo', '18', '80', 'fade', 'q', '0.01', '0.35', '0.05']) },
  ], ['lowpass', '2500']);
  const pulse = synth('tense-pulse', 0.22, ['sine', '55'], ['fade', 'q', '0.01', '0.22', '0.18']);
  const pulses = Array.from({ length: 12 }, (_, i) => ({ file: pulse, at: i, gain: -2 }));
  const bed = mix('tense', [
    { file: voices, gain: -10 },
    { file: keys, gain: -6 },
    { file: farPhone, at: 2.2, gain: -22 },
    { file: farPhone, at: 2.8, gain: -22 },
    { file: farPhone, at: 8.1, gain: -24 },
    ...pulses,
  ]);
  return { name: 'ambience-tense', loop: true, file: finish('ambience-tense', bed, -12, seconds), seconds, peakDb: -12 };
}

// The last minute before a deadline: a dry woodblock tick, once a second.
function tick(): Sound {
  const body = synth('tick-body', 0.06, ['sine', '1750'], ['fade', 'q', '0.001', '0.06', '0.055']);
  const knock = synth('tick-knock', 0.02, ['whitenoise'], ['bandpass', '3000', '1q', 'fade', 'q', '0.001', '0.02', '0.018', 'gain', '-6']);
  const both = mix('tick', [{ file: body }, { file: knock }]);
  return { name: 'tick', loop: false, file: finish('tick', both, -9, 0.1), seconds: 0.1, peakDb: -9 };
}

// A press room before the statement: many voices close by, chairs, a bright room. Loops.
function pressMurmur(): Sound {
  const seconds = 10;
  const voices = murmur('press-voices', seconds, 8, 41, 250, 3200);
  const room = synth('press-room', seconds, ['pinknoise'], ['lowpass', '600', 'gain', '-20']);
  const bed = mix('press', [{ file: voices }, { file: room }], ['reverb', '30', '50', '60']);
  return { name: 'press-murmur', loop: true, file: finish('press-murmur', bed, -12, seconds), seconds, peakDb: -12 };
}

// A camera: mirror slap, then the shutter curtain 60 ms later.
function shutter(): Sound {
  const slap = synth('shutter-slap', 0.025, ['whitenoise'], ['highpass', '1200', 'fade', 'q', '0.001', '0.025', '0.02']);
  const curtain = synth('shutter-curtain', 0.04, ['whitenoise'], ['bandpass', '4000', '0.7q', 'fade', 'q', '0.001', '0.04', '0.035', 'gain', '-4']);
  const body = synth('shutter-body', 0.05, ['sine', '180'], ['fade', 'q', '0.001', '0.05', '0.045', 'gain', '-10']);
  const both = mix('shutter', [{ file: slap }, { file: body }, { file: curtain, at: 0.06 }]);
  return { name: 'shutter', loop: false, file: finish('shutter', both, -5, 0.2), seconds: 0.2, peakDb: -5 };
}

// A bad answer at the podium: several photographers firing at once, motor drives running, for
// about a second and a half. Built from the single shutter at deterministic, uneven moments.
function shutterBurst(): Sound {
  const one = shutter();
  const next = rng(71);
  const parts: { file: string; at: number; gain: number }[] = [];
  // Three cameras, each on a motor drive (about eight frames a second), starting a beat apart.
  for (let camera = 0; camera < 3; camera++) {
    let at = camera * 0.09 + next() * 0.05;
    const frames = 5 + Math.floor(next() * 4);
    for (let i = 0; i < frames && at < 1.3; i++) {
      parts.push({ file: one.file, at, gain: -3 - camera * 3 - next() * 3 });
      at += 0.11 + next() * 0.04;
    }
  }
  const burst = mix('shutter-burst', parts);
  return { name: 'shutter-burst', loop: false, file: finish('shutter-burst', burst, -5, 1.5), seconds: 1.5, peakDb: -5 };
}

// The room reacts to a dodge or a contradiction: voices swell for a moment and settle, the
// murmur of reporters turning to each other, with a chair or two scraping.
function roomStir(): Sound {
  const seconds = 2.2;
  const voices = murmur('stir-voices', seconds, 7, 53, 280, 3000);
  const swell = file('stir-swell');
  sox(voices, swell, 'fade', 'h', '0.5', String(seconds), '1.1');
  const scrape = synth('stir-scrape', 0.25, ['brownnoise'], ['bandpass', '900', '2q', 'tremolo', '30', '60', 'fade', 'q', '0.02', '0.25', '0.1', 'gain', '-8']);
  const bed = mix('stir', [{ file: swell }, { file: scrape, at: 0.4 }, { file: scrape, at: 1.2, gain: -4 }], ['reverb', '30', '50', '60']);
  return { name: 'room-stir', loop: false, file: finish('room-stir', bed, -9, seconds), seconds, peakDb: -9 };
}

// A statement goes out: a short rising air swoosh.
function publish(): Sound {
  const air = synth('publish-air', 0.45, ['pinknoise'], ['sinc', '800-6000', 'fade', 'h', '0.2', '0.45', '0.25']);
  const rise = synth('publish-rise', 0.45, ['sine', '300:900'], ['fade', 'h', '0.2', '0.45', '0.25', 'gain', '-14']);
  const both = mix('publish', [{ file: air }, { file: rise }]);
  return { name: 'publish', loop: false, file: finish('publish', both, -8, 0.45), seconds: 0.45, peakDb: -8 };
}

// A deadline passes unanswered: a low falling two-tone.
function missed(): Sound {
  const a = synth('missed-a', 0.3, ['sine', '330'], ['fade', 'q', '0.005', '0.3', '0.1']);
  const b = synth('missed-b', 0.45, ['sine', '247'], ['fade', 'q', '0.005', '0.45', '0.35']);
  const both = mix('missed', [{ file: a }, { file: b, at: 0.22 }], ['overdrive', '4']);
  return { name: 'missed', loop: false, file: finish('missed', both, -6, 0.7), seconds: 0.7, peakDb: -6 };
}

interface Stat {
  readonly seconds: number;
  readonly peak: number;
  readonly rms: number;
}

function parseStat(text: string): Stat {
  const field = (label: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(label));
    const value = Number(line?.split(':')[1]?.trim());
    if (!Number.isFinite(value)) throw new Error(`sox stat did not report "${label}"`);
    return value;
  };
  return {
    seconds: field('Length (seconds)'),
    peak: Math.max(field('Maximum amplitude'), -field('Minimum amplitude')),
    rms: field('RMS     amplitude'),
  };
}

function statFromSox(path: string): Stat {
  // `stat` writes to stderr.
  const out = execFileSync('sh', ['-c', `sox "${path}" -n stat 2>&1`], { encoding: 'utf8' });
  return parseStat(out);
}

function encodeMp3(wavPath: string, mp3Path: string): void {
  const raw = join(work, 'sprite.raw');
  sox(wavPath, '-t', 'raw', '-e', 'signed-integer', '-b', '16', '-L', raw);
  const bytes = readFileSync(raw);
  const samples = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const encoder = new Mp3Encoder(1, RATE, 64);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < samples.length; i += 1152) chunks.push(Uint8Array.from(encoder.encodeBuffer(samples.subarray(i, i + 1152))));
  chunks.push(Uint8Array.from(encoder.flush()));
  writeFileSync(mp3Path, Buffer.concat(chunks));
}

function main(): void {
  const sounds = [phoneRing(), message(), post(), ambienceCalm(), ambienceTense(), tick(), pressMurmur(), shutter(), publish(), missed(), shutterBurst(), roomStir()];
  const gap = synth('gap', GAP_S, ['sine', '1'], ['gain', '-120']);
  const sprite: Record<string, [number, number] | [number, number, boolean]> = {};
  const sequence: string[] = [];
  let offset = 0;
  const problems: string[] = [];
  console.log('sound            length   peak dBFS   rms dBFS');
  for (const sound of sounds) {
    const s = statFromSox(sound.file);
    const peakDb = 20 * Math.log10(s.peak);
    const rmsDb = 20 * Math.log10(s.rms);
    console.log(`${sound.name.padEnd(16)} ${s.seconds.toFixed(3).padStart(6)} s ${peakDb.toFixed(1).padStart(9)} ${rmsDb.toFixed(1).padStart(10)}`);
    if (s.peak >= 0.99) problems.push(`${sound.name} clips (peak ${s.peak})`);
    if (Math.abs(s.seconds - sound.seconds) > 0.002) problems.push(`${sound.name} is ${s.seconds} s, expected ${sound.seconds} s`);
    if (peakDb < sound.peakDb - 1.5) problems.push(`${sound.name} is too quiet (${peakDb.toFixed(1)} dBFS)`);
    const start = Math.round(offset * 1000);
    const duration = Math.round(sound.seconds * 1000);
    sprite[sound.name] = sound.loop ? [start, duration, true] : [start, duration];
    sequence.push(sound.file, gap);
    offset += sound.seconds + GAP_S;
  }
  if (problems.length > 0) throw new Error(`audio check failed:\n${problems.join('\n')}`);

  const spriteWav = file('sprite');
  sox(...sequence, spriteWav);
  mkdirSync(OUT_DIR, { recursive: true });
  sox(spriteWav, '-C', '4', join(OUT_DIR, `${NAME}.ogg`));
  encodeMp3(spriteWav, join(OUT_DIR, `${NAME}.mp3`));
  const total = statFromSox(spriteWav);
  const map = {
    '//': 'Generated by scripts/generate-audio.ts; do not edit. Offsets and durations in milliseconds; a third value true means the sound loops.',
    src: [`${NAME}.ogg`, `${NAME}.mp3`],
    sprite,
  };
  writeFileSync(join(OUT_DIR, `${NAME}.json`), `${JSON.stringify(map, null, 2)}\n`);
  console.log(`sprite: ${total.seconds.toFixed(2)} s, peak ${(20 * Math.log10(total.peak)).toFixed(1)} dBFS → ${OUT_DIR}/${NAME}.{ogg,mp3,json}`);
  rmSync(work, { recursive: true, force: true });
}

main();
