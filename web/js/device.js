// "You on this device": the personal link that opens the room as you elsewhere (a phone, another
// computer), and "Forget me on this device" for a shared computer.
import { confirmInPlace } from './confirm.js';
import { copyText } from './facilitator.js';
import { setText, show } from './dom.js';
import { t } from './i18n.js';

/**
 * @param dom { panel, details, input, copy, status, forget, confirm, yes, no }
 * @param link () → the personal link, or '' when this page holds no place in the session
 * @param forgotten () → called once the person chose to be forgotten here
 */
export function createDevicePanel(dom, link, forgotten) {
  dom.copy.addEventListener('click', async () => {
    const copied = await copyText(dom.input.value, dom.input);
    setText(dom.status, copied ? t('device.copied') : t('copy.byHand'));
  });
  confirmInPlace({ button: dom.forget, confirm: dom.confirm, yes: dom.yes, no: dom.no }, forgotten);

  return {
    update(visible) {
      const personal = link();
      show(dom.panel, visible && Boolean(personal));
      if (dom.input.value !== personal) dom.input.value = personal;
    },
  };
}
