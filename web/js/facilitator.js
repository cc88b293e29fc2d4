// The facilitator's controls: move through the phases, pick the presenter, invite, end.
import { h, setOptions, setText, show } from './dom.js';

export function inviteLink(sessionId, inviteCode, loc = window.location) {
  if (!inviteCode) return '';
  return `${loc.origin}/s/${encodeURIComponent(sessionId)}#invite=${encodeURIComponent(inviteCode)}`;
}

async function copyText(text, input) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the selection way
    }
  }
  input.focus();
  input.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * @param dom { panel, controls, ended, previous, next, jumpSelect, jumpButton, presenterSelect,
 *   presenterButton, endButton, endConfirm, endYes, endNo, inviteInput, inviteCopy, inviteStatus, inviteMissing, inviteBlock }
 * @param send (command, args) → opId
 * @param invite () → the invite link, or '' when this page does not know the code
 */
export function createFacilitatorPanel(dom, send, invite) {
  let state = null;
  let copiedTimer = null;

  const isDisabled = (button) => button.getAttribute('aria-disabled') === 'true';
  const setDisabled = (button, disabled) => button.setAttribute('aria-disabled', disabled ? 'true' : 'false');

  dom.previous.addEventListener('click', () => {
    if (!isDisabled(dom.previous)) send('phase.back');
  });
  dom.next.addEventListener('click', () => {
    if (!isDisabled(dom.next)) send('phase.next');
  });
  dom.jumpForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const phaseId = dom.jumpSelect.value;
    if (phaseId && state && phaseId !== state.phase.id) send('phase.goto', { phaseId });
  });
  dom.presenterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const participantId = dom.presenterSelect.value;
    if (participantId) send('presenter.set', { participantId });
  });
  dom.endButton.addEventListener('click', () => {
    show(dom.endButton, false);
    show(dom.endConfirm, true);
    dom.endNo.focus();
  });
  dom.endNo.addEventListener('click', () => {
    show(dom.endConfirm, false);
    show(dom.endButton, true);
    dom.endButton.focus();
  });
  dom.endYes.addEventListener('click', () => {
    send('session.end');
    show(dom.endConfirm, false);
    show(dom.endButton, true);
  });
  dom.inviteCopy.addEventListener('click', async () => {
    const link = dom.inviteInput.value;
    if (!link) return;
    const copied = await copyText(link, dom.inviteInput);
    setText(dom.inviteStatus, copied ? 'Copied. Send it to your peers.' : 'Select the link and copy it by hand.');
    clearTimeout(copiedTimer);
    copiedTimer = setTimeout(() => setText(dom.inviteStatus, ''), 4000);
  });

  function update(next, role) {
    state = next;
    const facilitating = role === 'facilitator';
    show(dom.panel, facilitating);
    if (!facilitating) return;
    show(dom.controls, !state.ended);
    show(dom.ended, state.ended);

    const index = state.phase ? state.phase.index : 0;
    const phases = state.protocol.phases;
    setDisabled(dom.previous, index <= 0);
    setDisabled(dom.next, index >= phases.length - 1);
    const upcoming = phases[index + 1];
    setText(dom.nextHint, upcoming ? `Next: ${upcoming.name}` : 'This is the last phase. End the session when the group is done.');

    setOptions(dom.jumpSelect, phases.map((p, i) => ({
      value: p.id,
      label: `${i + 1}. ${p.name}${i === index ? ' (now)' : ''}`,
    })));
    setOptions(dom.presenterSelect, [{ value: '', label: 'Choose someone…' }].concat(
      state.participants.filter((p) => p.role !== 'observer').map((p) => ({
        value: p.id,
        label: p.id === state.presenterId ? `${p.name} (presenting)` : p.name,
      })),
    ));

    const link = invite();
    show(dom.inviteBlock, Boolean(link));
    show(dom.inviteMissing, !link);
    if (dom.inviteInput.value !== link) dom.inviteInput.value = link;
  }

  return { update };
}
