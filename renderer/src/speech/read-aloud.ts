import { useEffect, useState } from 'react';
import type { Language } from '../../../core/i18n';

/**
 * Reading aloud with the platform's own speech synthesis (the Web Speech API): an alternative
 * for people less at ease with reading on screen. Only voices installed on the computer are
 * used: a browser's network voices would send the text away, and the app makes no request.
 */
export function speechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Belgian voices first, then the system's default for the language, then any of it. */
const PREFERRED_REGION = 'BE';

export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | undefined {
  const ofLanguage = voices.filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === language);
  return (
    ofLanguage.find((v) => v.lang.toUpperCase().endsWith(`-${PREFERRED_REGION}`) || v.lang.toUpperCase().endsWith(`_${PREFERRED_REGION}`)) ??
    ofLanguage.find((v) => v.default) ??
    ofLanguage[0]
  );
}

/**
 * The voice for the interface language, kept current: voices often arrive a moment after the
 * page opens (the `voiceschanged` event). `available` is false where there is no synthesis at all.
 */
export function useVoice(language: Language): { available: boolean; voice: SpeechSynthesisVoice | undefined } {
  const available = speechAvailable();
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => (available ? speechSynthesis.getVoices() : []));
  useEffect(() => {
    if (!available) return;
    const synthesis = speechSynthesis;
    const update = () => setVoices(synthesis.getVoices());
    update();
    synthesis.addEventListener?.('voiceschanged', update);
    return () => synthesis.removeEventListener?.('voiceschanged', update);
  }, [available]);
  return { available, voice: voiceFor(voices, language) };
}

const BLOCK_ELEMENTS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DIV',
  'SECTION',
  'ARTICLE',
  'LEGEND',
  'LABEL',
  'DT',
  'DD',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'BUTTON',
  'FIELDSET',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'FORM',
  'FIGURE',
]);
/** What is not read: what the learner types (her own text), controls' machinery, what is hidden from everyone. */
const SKIPPED = new Set(['TEXTAREA', 'INPUT', 'SELECT', 'SCRIPT', 'STYLE', 'SVG', 'NOSCRIPT']);

/**
 * The text of a part of the page as it reads: block elements end a sentence group (a heading and
 * the paragraph after it are not run together), and what is marked `data-read-aloud="skip"` (the
 * reading control itself), `aria-hidden` or `hidden` is left out.
 */
export function readableText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    if (SKIPPED.has(node.tagName.toUpperCase()) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden') || node.getAttribute('data-read-aloud') === 'skip')
      return;
    const block = BLOCK_ELEMENTS.has(node.tagName.toUpperCase());
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Reads `text` with `voice`; `onEnd` runs when it ends, is stopped or fails. Returns the way to stop it. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): () => void {
  const synthesis = speechSynthesis;
  // One reading at a time: another step's, still going, stops.
  synthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  synthesis.speak(utterance);
  return () => synthesis.cancel();
}
