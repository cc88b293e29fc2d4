// A character count where a limit applies, instead of a box that silently stops taking letters (or
// cuts a pasted text short). It shows once the text is close to the limit, turns to a warning past
// it, and the form says so before anything is sent.
import { setText } from './dom.js';
import { t } from './i18n.js';

/** Characters as the server counts them: code points, not UTF-16 units. */
export function length(text) {
  return [...String(text || '').trim()].length;
}

/**
 * @param input a text field or textarea
 * @param output where the count is shown
 * @param limit the most characters allowed
 * @returns { over () → whether the text is too long, message () → what to say, update () }
 */
export function attachCounter(input, output, limit) {
  function update() {
    const n = length(input.value);
    const near = n >= limit * 0.8;
    setText(output, near ? t('counter.count', { count: n, limit }) : '');
    output.classList.toggle('is-over', n > limit);
    if (n > limit) input.setAttribute('aria-invalid', 'true');
    else if (input.getAttribute('aria-invalid') === 'true' && n > 0) input.removeAttribute('aria-invalid');
  }
  input.addEventListener('input', update);
  update();
  return {
    over: () => length(input.value) > limit,
    message: () => t('counter.tooLong', { count: length(input.value), limit }),
    update,
  };
}
