// The facilitator's controls: move through the phases, run the floor (give it, order and lower the
// raised hands), set a timer, pick the presenter, the call link, invite, keep one's own link, hand the
// role on, end, and share a recap link afterwards.
import { requestJson } from './api.js';
import { confirmInPlace } from './confirm.js';
import { flagField, h, reconcile, setOptions, setText, show, uniqueId } from './dom.js';
import { participantById } from './session-state.js';
import { formatMoment, t } from './i18n.js';

/** @param origin the address links use: the server's PUBLIC_URL when it has one, else this page's */
export function inviteLink(sessionId, inviteCode, origin = window.location.origin) {
  if (!inviteCode) return '';
  return `${origin}/s/${encodeURIComponent(sessionId)}#invite=${encodeURIComponent(inviteCode)}`;
}

export async function copyText(text, input) {
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

const RECAP_KEY = 'roundtable.recap.';

function loadRecapLink(sessionId) {
  try {
    const value = JSON.parse(localStorage.getItem(RECAP_KEY + sessionId) || 'null');
    return value && typeof value.url === 'string' ? value : null;
  } catch {
    return null;
  }
}

function saveRecapLink(sessionId, link) {
  try {
    if (link) localStorage.setItem(RECAP_KEY + sessionId, JSON.stringify(link));
    else localStorage.removeItem(RECAP_KEY + sessionId);
  } catch {
    // kept in the page only
  }
}

/**
 * @param dom the panel's elements (see room.html, ids in camelCase)
 * @param send (command, args) → opId
 * @param links () → { invite, own }: the invite link ('' when this page does not know the code) and
 *   the facilitator's own link
 * @param session () → { sessionId, token }: the credential recap links are made with
 * @param pending (opId) → whether that command still waits for the server's answer
 */
export function createFacilitatorPanel(dom, send, links, session, pending) {
  let state = null;
  let me = null;
  let lastIndex = null;
  let copiedTimer = null;
  const queueRows = new Map(); // participant id → { item, name, up, down }

  const isDisabled = (button) => button.getAttribute('aria-disabled') === 'true';
  const setDisabled = (button, disabled) => button.setAttribute('aria-disabled', disabled ? 'true' : 'false');
  const flash = (el, text, ms = 5000) => {
    setText(el, text);
    clearTimeout(copiedTimer);
    copiedTimer = setTimeout(() => setText(el, ''), ms);
  };

  // ---- phases ----
  // Each move says which phase it was made from: a move someone else made meanwhile is then refused
  // instead of skipping a phase; a second click while the first is on its way is not sent at all, and
  // neither is the second click of a double-click (people double-click 100–250 ms apart, and by then
  // the first move may be answered, so the second would move on from the new phase).
  let move = null;
  const moving = () => pending(move);
  const again = (event) => event.detail > 1;
  dom.previous.addEventListener('click', (event) => {
    if (!isDisabled(dom.previous) && state && !moving() && !again(event)) move = send('phase.back', { fromIndex: state.phase.index });
  });
  dom.next.addEventListener('click', (event) => {
    if (!isDisabled(dom.next) && state && !moving() && !again(event)) move = send('phase.next', { fromIndex: state.phase.index });
  });
  dom.jumpForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const phaseId = dom.jumpSelect.value;
    if (phaseId && state && phaseId !== state.phase.id) send('phase.goto', { phaseId });
  });

  // ---- the floor ----
  dom.giveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const participantId = dom.giveSelect.value;
    if (participantId) send('turn.give', { participantId });
  });

  function moveInQueue(participantId, delta) {
    if (!state) return;
    const order = [...state.turn.queue];
    const from = order.indexOf(participantId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, participantId);
    send('queue.reorder', { order });
  }

  function queueRow(participantId) {
    if (queueRows.has(participantId)) return queueRows.get(participantId);
    const nameId = uniqueId('hand');
    const name = h('span', { class: 'queue-name', id: nameId });
    const up = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': nameId }, t('facilitator.moveUp'));
    const down = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': nameId }, t('facilitator.moveDown'));
    // Someone who left keeps their hand up until it is lowered; the facilitator can lower anyone's.
    const lower = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': nameId }, t('floor.lower'));
    up.addEventListener('click', () => {
      if (!isDisabled(up)) moveInQueue(participantId, -1);
    });
    down.addEventListener('click', () => {
      if (!isDisabled(down)) moveInQueue(participantId, 1);
    });
    lower.addEventListener('click', () => send('hand.lower', { participantId }));
    const row = {
      item: h('li', { class: 'queue-item' }, name, h('span', { class: 'queue-buttons' }, up, down, lower)), name, up, down,
    };
    queueRows.set(participantId, row);
    return row;
  }

  // ---- a timer of one's own length ----
  dom.timerForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const minutes = Number(dom.timerMinutes.value);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
      flagField(dom.timerMinutes, dom.timerError, t('facilitator.timerProblem'));
      return;
    }
    dom.timerMinutes.removeAttribute('aria-invalid');
    show(dom.timerError, false);
    send('timer.start', { seconds: minutes * 60 });
  });

  // ---- the call link ----
  dom.callForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = dom.callUrl.value.trim();
    if (url && !/^https:\/\/[^\s/?#@]+/.test(url)) {
      flagField(dom.callUrl, dom.callError, t('facilitator.callProblem'));
      return;
    }
    dom.callUrl.removeAttribute('aria-invalid');
    show(dom.callError, false);
    if (url !== (state && state.callLink ? state.callLink : '')) send('call-link.set', { url });
  });

  // ---- one's own link ----
  dom.ownCopy.addEventListener('click', async () => {
    const copied = await copyText(dom.ownInput.value, dom.ownInput);
    flash(dom.ownStatus, copied ? t('facilitator.ownCopied') : t('copy.byHand'), 6000);
  });

  // ---- presenter ----
  dom.presenterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const participantId = dom.presenterSelect.value;
    if (participantId) send('presenter.set', { participantId });
  });

  // ---- hand over the role ----
  dom.handoffForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const participantId = dom.handoffSelect.value;
    const person = participantId && state ? participantById(state, participantId) : null;
    if (!person) {
      dom.handoffSelect.focus();
      return;
    }
    setText(dom.handoffQuestion, t('facilitator.handoffQuestion', { name: person.name }));
    dom.handoffConfirm.dataset.participantId = participantId;
    show(dom.handoffForm, false);
    show(dom.handoffConfirm, true);
    dom.handoffNo.focus();
  });
  const closeHandoff = (focus) => {
    show(dom.handoffConfirm, false);
    show(dom.handoffForm, true);
    if (focus) dom.handoffButton.focus();
  };
  dom.handoffNo.addEventListener('click', () => closeHandoff(true));
  dom.handoffYes.addEventListener('click', () => {
    const participantId = dom.handoffConfirm.dataset.participantId;
    if (participantId) send('facilitator.handoff', { participantId });
    closeHandoff(false);
  });

  // ---- end ----
  confirmInPlace({ button: dom.endButton, confirm: dom.endConfirm, yes: dom.endYes, no: dom.endNo },
    () => send('session.end'));

  // ---- invite ----
  dom.inviteCopy.addEventListener('click', async () => {
    const link = dom.inviteInput.value;
    if (!link) return;
    const copied = await copyText(link, dom.inviteInput);
    flash(dom.inviteStatus, copied ? t('facilitator.inviteCopied') : t('copy.byHand'), 4000);
  });

  // ---- recap link ----
  let recapLink = null;

  function renderRecapLink() {
    show(dom.recapLinkBlock, Boolean(recapLink));
    if (!recapLink) return;
    if (dom.recapInput.value !== recapLink.url) dom.recapInput.value = recapLink.url;
    dom.recapOpen.href = recapLink.url;
    setText(dom.recapExpires, recapLink.expiresAt ? t('facilitator.recapUntil', { when: formatMoment(recapLink.expiresAt) })
      : t('facilitator.recapNoExpiry'));
  }

  dom.recapCreate.addEventListener('click', async () => {
    const { sessionId, token } = session();
    if (!token) {
      flash(dom.recapStatus, t('facilitator.recapNoCredential'));
      return;
    }
    dom.recapCreate.disabled = true;
    setText(dom.recapStatus, t('facilitator.recapCreating'));
    try {
      const hours = dom.recapExpiry.value ? Number(dom.recapExpiry.value) : null;
      const created = await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/recap-links`,
        hours && Number.isInteger(hours) ? { expiresInHours: hours } : {}, token);
      recapLink = { token: created.token, url: created.url, expiresAt: created.expiresAt ?? null };
      saveRecapLink(sessionId, recapLink);
      renderRecapLink();
      flash(dom.recapStatus, t('facilitator.recapReady'));
      dom.recapCopy.focus();
    } catch (error) {
      setText(dom.recapStatus, t('facilitator.recapFailed', { message: error.message }));
    } finally {
      dom.recapCreate.disabled = false;
    }
  });

  dom.recapCopy.addEventListener('click', async () => {
    if (!recapLink) return;
    const copied = await copyText(recapLink.url, dom.recapInput);
    flash(dom.recapStatus, copied ? t('facilitator.recapCopied') : t('copy.byHand'));
  });

  dom.recapRevoke.addEventListener('click', async () => {
    if (!recapLink) return;
    const { sessionId, token } = session();
    try {
      await requestJson('DELETE',
        `/api/sessions/${encodeURIComponent(sessionId)}/recap-links/${encodeURIComponent(recapLink.token)}`, undefined, token);
    } catch (error) {
      if (error.status !== 404) {
        setText(dom.recapStatus, t('facilitator.recapRevokeFailed', { message: error.message }));
        return;
      }
    }
    recapLink = null;
    saveRecapLink(sessionId, null);
    renderRecapLink();
    flash(dom.recapStatus, t('facilitator.recapRevoked'));
    dom.recapCreate.focus();
  });

  function update(next, role, self) {
    state = next;
    me = self;
    const facilitating = role === 'facilitator';
    show(dom.panel, facilitating);
    if (!facilitating) {
      closeHandoff(false);
      return;
    }
    show(dom.controls, !state.ended);
    show(dom.ended, state.ended);
    if (state.ended) {
      if (!recapLink) recapLink = loadRecapLink(session().sessionId);
      renderRecapLink();
      return;
    }

    const index = state.phase ? state.phase.index : 0;
    const phases = state.protocol.phases;
    setDisabled(dom.previous, index <= 0 || moving());
    setDisabled(dom.next, index >= phases.length - 1 || moving());
    const upcoming = phases[index + 1];
    setText(dom.nextHint, upcoming ? t('facilitator.nextHint', { phase: upcoming.name }) : t('facilitator.lastPhase'));

    setOptions(dom.jumpSelect, phases.map((p, i) => ({
      value: p.id,
      label: i === index ? t('facilitator.jumpNow', { index: i + 1, phase: p.name }) : t('facilitator.jumpOption', { index: i + 1, phase: p.name }),
    })));
    // The choice follows the phase the session is in, unless the facilitator is choosing right now.
    if (state.phase && index !== lastIndex && document.activeElement !== dom.jumpSelect) dom.jumpSelect.value = state.phase.id;
    if (index !== lastIndex && state.phase && state.phase.timeboxSeconds && document.activeElement !== dom.timerMinutes) {
      dom.timerMinutes.value = String(Math.max(1, Math.round(state.phase.timeboxSeconds / 60)));
    }
    lastIndex = index;
    if (document.activeElement !== dom.callUrl && dom.callUrl.dataset.shown !== (state.callLink || '')) {
      dom.callUrl.value = state.callLink || '';
      dom.callUrl.dataset.shown = state.callLink || '';
    }
    const contributors = state.participants.filter((p) => p.role !== 'observer');
    setOptions(dom.presenterSelect, [{ value: '', label: t('common.choose') }].concat(
      contributors.map((p) => ({
        value: p.id,
        label: p.id === state.presenterId ? t('facilitator.presenting', { name: p.name }) : p.name,
      })),
    ));

    // The floor: in phases with turns, give it to anyone here, and order the raised hands.
    const turn = state.turn;
    const withTurns = turn.mode === 'round-robin' || turn.mode === 'queue';
    show(dom.floorControls, withTurns);
    if (withTurns) {
      const name = (p) => (p.id === me ? t('common.youName', { name: p.name }) : p.name);
      setOptions(dom.giveSelect, contributors
        .filter((p) => p.online && p.id !== turn.speakerId)
        .map((p) => ({ value: p.id, label: name(p) })));
      const hands = turn.mode === 'queue' ? turn.queue : [];
      show(dom.queueBlock, hands.length > 0);
      reconcile(dom.queueList, hands.map((id, i) => {
        const row = queueRow(id);
        const person = participantById(state, id);
        const offline = !person || !person.online;
        setText(row.name, !person ? t('facilitator.someoneWhoLeft') : offline ? t('common.offline', { name: name(person) }) : name(person));
        row.item.classList.toggle('is-offline', offline);
        setDisabled(row.up, i === 0);
        setDisabled(row.down, i === hands.length - 1);
        return row.item;
      }));
    }

    // Hand the role to anyone else who takes part.
    setOptions(dom.handoffSelect, [{ value: '', label: t('common.choose') }].concat(
      contributors.filter((p) => p.id !== me).map((p) => ({ value: p.id, label: p.online ? p.name : t('common.offline', { name: p.name }) })),
    ));

    const { invite: link, own } = links();
    show(dom.inviteBlock, Boolean(link));
    show(dom.inviteMissing, !link);
    if (dom.inviteInput.value !== link) dom.inviteInput.value = link;
    show(dom.ownBlock, Boolean(own));
    if (dom.ownInput.value !== own) dom.ownInput.value = own;
  }

  return { update };
}
