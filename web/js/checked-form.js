// One way every form of the start page is sent: checked first (the first problem is marked and
// focused), busy while it is sent, and the server's message shown if it refuses.

/**
 * @param form the <form>
 * @param options { inputs, firstProblem () → [input, message] | null, showError (message),
 *   submitButton, send async () → nothing; it navigates away on success }
 */
export function sendWhenChecked(form, { inputs, firstProblem, showError, submitButton, send }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const input of inputs) input.removeAttribute('aria-invalid');
    const problem = firstProblem();
    if (problem) {
      const [input, message] = problem;
      input.setAttribute('aria-invalid', 'true');
      showError(message);
      input.focus();
      return;
    }
    showError('');
    submitButton.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await send();
    } catch (error) {
      showError(error.message);
      submitButton.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}
