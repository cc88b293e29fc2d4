// One way every form of the start page is sent: checked first (the first problem is marked and
// focused), busy while it is sent, and the server's message shown if it refuses.

import { flagField, showMessage } from './dom.js';

/**
 * @param form the <form>, with one submit button and one .form-error box
 * @param firstProblem () → [input, message] | null
 * @param send async () → nothing; it navigates away on success
 */
export function sendWhenChecked(form, firstProblem, send) {
  const submitButton = form.querySelector('button[type="submit"]');
  const errorBox = form.querySelector('.form-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    const problem = firstProblem();
    if (problem) {
      flagField(problem[0], errorBox, problem[1]);
      return;
    }
    showMessage(errorBox, '');
    submitButton.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await send();
    } catch (error) {
      showMessage(errorBox, error.message);
      submitButton.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}

/**
 * Checks a text that must be written and, when it has a counter, within its limit. On a problem the
 * field is pointed at (an over-long one is already marked by its counter) and true is returned.
 */
export function textRefused(input, box, emptyMessage, counter = null) {
  if (!input.value.trim()) {
    flagField(input, box, emptyMessage);
    return true;
  }
  if (counter && counter.over()) {
    showMessage(box, counter.message());
    input.focus();
    return true;
  }
  return false;
}
