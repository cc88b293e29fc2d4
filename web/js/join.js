// Joining a session by its invite: the page first says what the invite opens (title, protocol,
// facilitator, and a group's agreement), then takes the name the others will see.
import { requestJson } from './api.js';
import { textRefused } from './checked-form.js';
import { attachCounter } from './counter.js';
import { setText, show, showMessage } from './dom.js';
import { t } from './i18n.js';

export const NAME_LIMIT = 60;

/**
 * @param dom { section, form, name, count, button, error, preview, what, agreementBlock, agreement, intro }
 * @param sessionId the session the invite is for
 * @param joined ({ token, participantId }) → called once the server has let the person in
 */
export function createJoin(dom, sessionId, joined) {
  const counter = attachCounter(dom.name, dom.count, NAME_LIMIT);
  let inviteCode = null;

  async function preview() {
    try {
      const about = await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/preview`, { inviteCode });
      const key = `join.what${about.group ? 'Group' : ''}${about.facilitatorName ? 'By' : ''}`;
      setText(dom.what, t(key, {
        title: about.title, group: about.group ? about.group.name : '', protocol: about.protocol.name, facilitator: about.facilitatorName,
      }));
      setText(dom.agreement, about.group && about.group.agreement ? about.group.agreement : '');
      show(dom.agreementBlock, Boolean(about.group && about.group.agreement));
      show(dom.preview, true);
      setText(dom.intro, about.ended ? t('join.ended') : t('join.pickName'));
      // An ended session takes nobody new: no form to fill in only to be told so.
      show(dom.form, !about.ended);
      document.title = t('join.pageTitle', { title: about.title });
    } catch (error) {
      // The form still works; a wrong code is said when joining.
      show(dom.preview, false);
      if (error.status === 403) showMessage(dom.error, t('join.wrongInvite'));
    }
  }

  dom.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (textRefused(dom.name, dom.error, t('join.problemName'), counter)) return;
    const name = dom.name.value.trim();
    dom.name.removeAttribute('aria-invalid');
    showMessage(dom.error, '');
    dom.button.disabled = true;
    try {
      joined(await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/participants`, { name, inviteCode }));
    } catch (failure) {
      // A wrong invite has words of its own: the general ones for "forbidden" would not say which link.
      showMessage(dom.error, failure.status === 403 ? t('join.wrongInvite') : failure.message);
      dom.name.focus();
    } finally {
      dom.button.disabled = false;
    }
  });

  return {
    show(code, message) {
      inviteCode = code;
      show(dom.section, true);
      showMessage(dom.error, message);
      preview();
      dom.name.focus();
    },
  };
}
