// The coach's quiet hint while someone writes a card in a coached phase. It asks the server half a
// second after the typing stops, shows the hint under the text box, and never stands in the way:
// the card can be added at any moment, and a failed or late answer is simply dropped. It asks in the
// session's language, the one the card is written in and the verdict is given in; so the hint is in
// that language too, whatever the page's.
import { requestJson } from './api.js';
import { setText } from './dom.js';

const DELAY_MS = 500;
const MAX_CHARS = 2000;
const COACHED = new Set(['questions', 'experience']);

/**
 * @param textarea where the card is written
 * @param output where the hint goes (a role=status element)
 * @param coaching () → the current phase's `coach` value
 * @param language () → the session's language
 */
export function createCoachHint(textarea, output, coaching, language = () => 'en') {
  let timer = null;
  let asked = 0; // numbers the questions, so only the answer to the latest one is shown

  function clear() {
    setText(output, '');
    delete output.dataset.verdict;
    output.classList.remove('is-flag');
  }

  async function ask(text, phaseKind) {
    asked += 1;
    const mine = asked;
    let answer;
    try {
      answer = await requestJson('POST', '/api/coach', { text, phaseKind, lang: language() });
    } catch {
      return; // the coach is a nicety; nothing to tell the writer
    }
    if (mine !== asked || textarea.value.trim() !== text || coaching() !== phaseKind) return;
    if (!answer || typeof answer.hint !== 'string') return;
    setText(output, answer.hint);
    output.lang = language();
    output.dataset.verdict = answer.verdict || '';
    output.classList.toggle('is-flag', Boolean(answer.flag));
  }

  function schedule() {
    clearTimeout(timer);
    const phaseKind = coaching();
    const text = textarea.value.trim();
    if (!COACHED.has(phaseKind) || !text || [...text].length > MAX_CHARS) {
      asked += 1;
      clear();
      return;
    }
    timer = setTimeout(() => ask(text, phaseKind), DELAY_MS);
  }

  textarea.addEventListener('input', schedule);

  /** Forgets the hint, e.g. once the card is added or the phase changes. */
  function reset() {
    clearTimeout(timer);
    asked += 1;
    clear();
  }

  return { reset };
}
