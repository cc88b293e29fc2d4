// The "Add card" form. What someone wrote is theirs until the server has it: the text stays in the
// box, marked as sending, until the card is acknowledged, and comes back (with the reason) if it is
// refused. When the link is down, the card waits on the board as "sending" and the box is free for
// the next one. The kind chosen is never changed behind the writer's back: when the group moves to a
// phase that does not take it, the form asks.
import { textRefused } from './checked-form.js';
import { attachCounter } from './counter.js';
import { flagField, setOptions, setText, show, showMessage } from './dom.js';
import { kindLabel } from './kinds.js';
import { postableKinds, postingRule } from './session-state.js';
import { t } from './i18n.js';

export const CARD_LIMIT = 2000;

/**
 * @param dom { form, kind, text, count, hint, error, notice, button, column, columnField, columns, offRecord, closed }
 * @param actions { send (args) → opId, live () → whether the link is up, coachReset () }
 */
export function createComposer(dom, actions) {
  const counter = attachCounter(dom.text, dom.count, CARD_LIMIT);
  let sending = null; // { opId, text } while the box holds a card the server has not answered yet
  let phaseId = null;
  let kinds = [];

  // Ctrl+Enter is a keyboard's shortcut; on a touch screen the hint only takes room.
  const touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  show(dom.hint, !touch);

  function setBusy(busy) {
    dom.text.readOnly = busy;
    dom.form.toggleAttribute('aria-busy', busy);
    dom.button.disabled = busy;
    setText(dom.button, busy ? t('composer.sending') : t('composer.add'));
  }

  function release() {
    sending = null;
    setBusy(false);
  }

  /** The phase's kinds; on a change of phase the writer's choice stays, or they are asked. */
  function updateKinds(state) {
    const next = postableKinds(state.phase);
    const changedPhase = state.phase.id !== phaseId;
    phaseId = state.phase.id;
    const same = next.length === kinds.length && next.every((k, i) => k === kinds[i]);
    if (same && !changedPhase) return;
    kinds = next;
    const chosen = dom.kind.value;
    const writing = dom.text.value.trim().length > 0;
    // With nothing written, a new phase starts from its own first kind (the issue in "Issue
    // presentation", not the note carried over from check-in); with words in the box, the choice stays.
    const keep = chosen && next.includes(chosen) && (writing || !changedPhase);
    const ask = changedPhase && writing && chosen && !keep;
    const options = next.map((kind) => ({ value: kind, label: kindLabel(kind) }));
    setOptions(dom.kind, ask ? [{ value: '', label: t('composer.chooseKind') }, ...options] : options);
    if (keep) dom.kind.value = chosen;
    else if (ask) dom.kind.value = '';
    else if (next.length > 0) dom.kind.value = next[0];
    setText(dom.notice, ask ? t('composer.movedOn', { phase: state.phase.name, kinds: next.map((k) => kindLabel(k)).join(' / ') }) : '');
    show(dom.notice, ask);
  }

  function update(state, me) {
    const rule = postingRule(state, me);
    show(dom.form, rule.allowed);
    setText(dom.closed, rule.reason ? t(`composer.closed.${rule.reason}`) : '');
    show(dom.closed, !rule.allowed && !state.ended);
    if (!rule.allowed) {
      actions.coachReset();
      return;
    }
    updateKinds(state);
    const columns = state.phase.layout === 'columns';
    show(dom.columnField, columns);
    if (columns) {
      const names = [...new Set(state.cards.filter((c) => c.phaseId === state.phase.id && c.column).map((c) => c.column))];
      dom.columns.replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
    }
  }

  dom.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return; // one click, one card
    const text = dom.text.value.trim();
    showMessage(dom.error, '');
    if (textRefused(dom.text, dom.error, t('composer.empty'), counter)) return;
    if (!dom.kind.value) {
      flagField(dom.kind, dom.error, t('composer.noKind'));
      return;
    }
    dom.text.removeAttribute('aria-invalid');
    dom.kind.removeAttribute('aria-invalid');
    show(dom.notice, false);
    const args = { kind: dom.kind.value, text };
    const column = dom.column.value.trim();
    if (!dom.columnField.hidden && column) args.column = column;
    if (dom.offRecord.checked) args.offRecord = true;
    const opId = actions.send(args);
    if (!opId) return;
    dom.offRecord.checked = false;
    if (actions.live()) {
      sending = { opId, text };
      setBusy(true);
    } else {
      // Waiting for the link: the card shows on the board as sending; the box is free again.
      clearBox();
    }
  });

  dom.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      dom.form.requestSubmit();
    }
  });

  function clearBox() {
    dom.text.value = '';
    counter.update();
    actions.coachReset();
  }

  return {
    update,
    /** The opId of the card the box still holds, if any: it is not shown again on the board. */
    holding: () => (sending ? sending.opId : null),
    acknowledged(opId) {
      if (!sending || sending.opId !== opId) return false;
      release();
      clearBox();
      dom.text.focus();
      return true;
    },
    /** A card.add was refused: the words go back into the box, with the reason beside them. */
    refused(item, message) {
      const held = sending && sending.opId === item.opId;
      if (held) {
        release();
      } else if (dom.text.value.trim()) {
        return false; // the box holds something new: the board keeps the refused card to pick up
      } else {
        dom.text.value = item.args.text || '';
        counter.update();
      }
      if (item.args.kind && kinds.includes(item.args.kind)) dom.kind.value = item.args.kind;
      showMessage(dom.error, t('composer.notAdded', { message }));
      dom.text.focus();
      return true;
    },
    /** The link dropped while the box held a card: it waits on the board instead. */
    linkDown() {
      if (!sending) return;
      release();
      clearBox();
    },
    reset: () => actions.coachReset(),
  };
}
