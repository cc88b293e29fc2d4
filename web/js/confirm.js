// Asking "are you sure?" in place: the button gives way to a yes/no box, "no" puts the button back
// with the focus on it, "yes" puts it back and does the thing. Used where an action cannot be undone.
import { show } from './dom.js';

/**
 * @param dom { button, confirm, yes, no }
 * @param onYes () → what "yes" does
 */
export function confirmInPlace({ button, confirm, yes, no }, onYes) {
  const answered = () => {
    show(confirm, false);
    show(button, true);
  };
  button.addEventListener('click', () => {
    show(button, false);
    show(confirm, true);
    no.focus();
  });
  no.addEventListener('click', () => {
    answered();
    button.focus();
  });
  yes.addEventListener('click', () => {
    answered();
    onYes();
  });
}
