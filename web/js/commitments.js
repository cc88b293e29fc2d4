// The session's commitments (`state.commitments`): those brought from an earlier meeting, which the
// accountability phase walks through while each owner reports back, and those made in this session,
// with the form that makes one. Commitment cards on the board are cards, not these.
//
// Each commitment keeps its element (and an open report form its draft) while others post; the
// section moves up beside the phase when the phase is about commitments, and sits in the side
// column otherwise.
import { textRefused } from './checked-form.js';
import { attachCounter } from './counter.js';
import { flagField, h, reconcile, setText, show, showMessage, uniqueId } from './dom.js';
import {
  REPORT_PARTS, REPORT_STATUSES, broughtIn, dueDay, reportPartLabel, statusLabel,
} from './commitment-format.js';
import { participantById } from './session-state.js';
import { t } from './i18n.js';

/** What the current phase asks of commitments, as the server says: 'report' (walk through last time's), 'make', or null. */
export function commitmentFocus(phase) {
  const focus = phase ? phase.commitments : null;
  return focus === 'report' || focus === 'make' ? focus : null;
}

const TEXT_LIMIT = 2000;

/** The parts of a report as the form asks for them (in the first person): commitments.form.{key}. */
const FORM_FIELDS = ['tried', 'happened', 'differently'];

/**
 * @param dom { panel, intro, earlier, earlierProgress, earlierList, today, todayList, empty, make,
 *              makeForm, makeText, makeCount, makeDue, makeDueHint, makeError, mainSlot, sideSlot }
 *   mainSlot: the element the section follows when prominent; sideSlot: the one it precedes otherwise
 * @param actions { add({ text, dueDate? }), report({ commitmentId, status, tried?, happened?, differently? }) }
 */
export function createCommitmentsView(dom, actions) {
  const views = new Map(); // commitment id → view
  const makeCounter = attachCounter(dom.makeText, dom.makeCount, TEXT_LIMIT);
  let openId = null; // whose report form is open: one at a time keeps the walk-through calm
  let lastPhaseIndex = null;
  let context = { state: null, me: null, role: null };

  // ---- one commitment ----

  function itemView(id) {
    if (views.has(id)) return views.get(id);
    const textId = uniqueId('commitment-text');
    const view = {
      id,
      pending: false,
      form: null,
      reportSignature: '',
      owner: h('p', { class: 'commitment-owner' }),
      status: h('span', { class: 'commitment-status' }),
      text: h('p', { class: 'commitment-text', id: textId }),
      dueTime: h('time'),
      report: h('div', { class: 'commitment-report' }),
    };
    view.due = h('p', { class: 'commitment-due' }, t('commitments.due'), view.dueTime);
    view.reportButton = h('button', {
      type: 'button', class: 'button-secondary report-button', 'aria-describedby': textId, 'aria-expanded': 'false',
    }, t('commitments.reportBack'));
    view.actions = h('div', { class: 'commitment-actions' }, view.reportButton);
    view.root = h('li', { class: 'commitment room-commitment', tabindex: '-1' },
      h('div', { class: 'commitment-head' }, view.owner, h('span', { class: 'visually-hidden' }, ', '), view.status),
      view.text, view.due, view.report, view.actions);
    view.reportButton.addEventListener('click', () => openForm(view));
    views.set(id, view);
    return view;
  }

  function buildForm(view) {
    const statusId = uniqueId('report-status');
    const select = h('select', { id: statusId, name: 'status', required: true },
      h('option', { value: '' }, t('commitments.chooseHow')),
      REPORT_STATUSES.map((s) => h('option', { value: s }, t(`report.choice.${s}`))));
    const texts = {};
    const counters = {};
    const fields = FORM_FIELDS.map((key) => {
      const inputId = uniqueId(`report-${key}`);
      const countId = uniqueId(`report-${key}-count`);
      texts[key] = h('textarea', { id: inputId, name: key, rows: 2, 'aria-describedby': countId });
      const count = h('p', { id: countId, class: 'count-hint', 'aria-live': 'polite' });
      counters[key] = attachCounter(texts[key], count, TEXT_LIMIT);
      return h('div', { class: 'field' }, h('label', { for: inputId }, t(`commitments.form.${key}`)), texts[key], count);
    });
    // What went partly can stay on the list: it is made again here, due by the next meeting.
    const carryId = uniqueId('report-carry');
    const carry = h('input', { id: carryId, type: 'checkbox', name: 'carryForward' });
    const carryBlock = h('div', { class: 'check', hidden: true }, carry,
      h('label', { for: carryId }, t('commitments.carry')));
    select.addEventListener('change', () => {
      show(carryBlock, select.value === 'partly');
      if (select.value !== 'partly') carry.checked = false;
    });
    const forWhom = h('p', { class: 'hint' });
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const save = h('button', { type: 'submit', class: 'button-primary' }, t('commitments.saveReport'));
    const cancel = h('button', { type: 'button', class: 'button-quiet' }, t('common.cancel'));
    const form = h('form', { class: 'report-form stack-tight', novalidate: true, 'aria-label': t('commitments.reportBack') },
      forWhom,
      h('div', { class: 'field' }, h('label', { for: statusId }, t('commitments.status')), select),
      carryBlock, fields, error, h('div', { class: 'actions' }, save, cancel));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!select.value) {
        flagField(select, error, t('commitments.problemStatus'));
        return;
      }
      const tooLong = FORM_FIELDS.find((key) => counters[key].over());
      if (tooLong) {
        showMessage(error, t('commitments.problemLength', { part: t(`commitments.form.${tooLong}`), message: counters[tooLong].message() }));
        texts[tooLong].focus();
        return;
      }
      select.removeAttribute('aria-invalid');
      showMessage(error, '');
      const args = { commitmentId: view.id, status: select.value };
      if (select.value === 'partly' && carry.checked) args.carryForward = true;
      for (const key of FORM_FIELDS) {
        const value = texts[key].value.trim();
        if (value) args[key] = value;
      }
      view.pending = true;
      closeForm(view, false);
      view.root.focus();
      actions.report(args);
      refresh();
    });
    cancel.addEventListener('click', () => closeForm(view, true));
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeForm(view, true);
      }
    });
    return { form, select, texts, forWhom, error };
  }

  function openForm(view) {
    if (openId && openId !== view.id && views.has(openId)) closeForm(views.get(openId), false);
    if (!view.form) view.form = buildForm(view);
    openId = view.id;
    view.actions.before(view.form.form);
    view.reportButton.setAttribute('aria-expanded', 'true');
    refresh();
    view.form.select.focus();
  }

  /** Takes the form out of the page; its draft stays with the view for when it opens again. */
  function closeForm(view, focusButton) {
    if (openId === view.id) openId = null;
    if (view.form) view.form.form.remove();
    view.reportButton.setAttribute('aria-expanded', 'false');
    refresh();
    if (focusButton && !view.reportButton.hidden) view.reportButton.focus();
  }

  function ownerName(commitment, state, me) {
    const name = commitment.ownerName || participantById(state, commitment.ownerId)?.name || t('common.someone');
    return commitment.ownerId === me ? t('common.youName', { name }) : name;
  }

  function updateItem(view, commitment, state, me, role, focus) {
    const brought = broughtIn(commitment, state.sessionId);
    const status = commitment.status || 'open';
    setText(view.owner, ownerName(commitment, state, me));
    setText(view.status, statusLabel(status));
    view.root.dataset.status = status;
    setText(view.text, commitment.text);
    if (commitment.dueDate) {
      view.dueTime.setAttribute('datetime', commitment.dueDate);
      setText(view.dueTime, dueDay(commitment.dueDate));
    }
    show(view.due, Boolean(commitment.dueDate) && status === 'open');

    const report = commitment.report || null;
    const signature = JSON.stringify(report ? REPORT_PARTS.map((key) => report[key] || '') : []);
    if (signature !== view.reportSignature) {
      view.reportSignature = signature;
      view.report.replaceChildren(...(report ? REPORT_PARTS : [])
        .filter((key) => report[key])
        .map((key) => h('p', { class: 'report-text' },
          h('span', { class: 'report-label' }, t('report.partLine', { label: reportPartLabel(key) })), report[key])));
    }
    show(view.report, view.report.childElementCount > 0);

    if (status !== 'open') view.pending = false;
    view.root.classList.toggle('is-pending', view.pending);
    const mayReport = !state.ended && brought && status === 'open' && role !== 'observer'
      && (commitment.ownerId === me || role === 'facilitator');
    if (!mayReport && openId === view.id) {
      if (view.form) view.form.form.remove();
      openId = null;
    }
    if (view.form) {
      const forSomeoneElse = commitment.ownerId !== me;
      setText(view.form.forWhom, forSomeoneElse ? t('commitments.forWhom', { name: commitment.ownerName || t('common.someone') }) : '');
    }
    show(view.reportButton, mayReport && openId !== view.id && !view.pending);
    show(view.actions, mayReport && openId !== view.id && !view.pending);
    // While the round goes on, the commitments of whoever holds the floor stand out.
    const speaking = focus === 'report' && brought && state.turn && state.turn.speakerId === commitment.ownerId;
    view.root.classList.toggle('is-speaking', Boolean(speaking));
  }

  // ---- the whole section ----

  function place(prominent) {
    if (prominent) {
      if (dom.mainSlot.nextElementSibling !== dom.panel) dom.mainSlot.after(dom.panel);
    } else if (dom.sideSlot.previousElementSibling !== dom.panel) {
      dom.sideSlot.before(dom.panel);
    }
    dom.panel.classList.toggle('is-prominent', prominent);
  }

  function update(state, me, role) {
    context = { state, me, role };
    const commitments = Array.isArray(state.commitments) ? state.commitments : [];
    const focus = state.ended ? null : commitmentFocus(state.phase);
    const earlier = commitments.filter((c) => broughtIn(c, state.sessionId));
    const today = commitments.filter((c) => !broughtIn(c, state.sessionId));

    const live = new Set(commitments.map((c) => c.id));
    for (const id of [...views.keys()]) {
      if (!live.has(id)) {
        views.delete(id);
        if (openId === id) openId = null;
      }
    }
    const render = (c) => {
      const view = itemView(c.id);
      updateItem(view, c, state, me, role, focus);
      return view.root;
    };
    reconcile(dom.earlierList, earlier.map(render));
    reconcile(dom.todayList, today.map(render));
    show(dom.earlier, earlier.length > 0);
    show(dom.today, today.length > 0);
    const reported = earlier.filter((c) => (c.status || 'open') !== 'open').length;
    setText(dom.earlierProgress, earlier.length === 0 ? ''
      : reported === earlier.length ? t('commitments.allReported', { count: earlier.length })
        : t('commitments.someReported', { reported, count: earlier.length }));

    const mayMake = !state.ended && role !== 'observer';
    show(dom.make, mayMake);
    setText(dom.empty, state.ended ? t('commitments.noneMade') : t('commitments.noneYet'));
    show(dom.empty, commitments.length === 0);
    show(dom.panel, commitments.length > 0 || mayMake);

    const prominent = (focus === 'report' && earlier.length > 0) || (focus === 'make' && mayMake);
    place(prominent);
    setText(dom.intro, focus === 'report' && earlier.length > 0
      ? t('commitments.introReport')
      : focus === 'make' && mayMake
        ? t('commitments.introMake')
        : '');
    // In a phase for making commitments the form comes first and opens; elsewhere it waits folded up.
    if (focus === 'make') {
      if (dom.intro.nextElementSibling !== dom.make) dom.intro.after(dom.make);
    } else if (dom.panel.lastElementChild !== dom.make) {
      dom.panel.append(dom.make);
    }
    const phaseIndex = state.phase ? state.phase.index : null;
    if (phaseIndex !== lastPhaseIndex) {
      lastPhaseIndex = phaseIndex;
      if (focus === 'make') dom.make.open = true;
      else if (!dom.makeText.value.trim()) dom.make.open = false;
    }
    setText(dom.makeDueHint, state.groupId ? t('commitments.dueNextMeeting') : t('commitments.dueFourWeeks'));
  }

  function refresh() {
    if (context.state) update(context.state, context.me, context.role);
  }


  // ---- making a commitment ----

  dom.makeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = dom.makeText.value.trim();
    if (textRefused(dom.makeText, dom.makeError, t('commitments.problemEmpty'))) return;
    if (dom.makeDue.validity && dom.makeDue.validity.badInput) {
      flagField(dom.makeDue, dom.makeError, t('commitments.problemDate'));
      return;
    }
    if (makeCounter.over()) {
      showMessage(dom.makeError, makeCounter.message());
      dom.makeText.focus();
      return;
    }
    dom.makeText.removeAttribute('aria-invalid');
    dom.makeDue.removeAttribute('aria-invalid');
    showMessage(dom.makeError, '');
    const dueDate = dom.makeDue.value;
    actions.add(dueDate ? { text, dueDate } : { text });
    dom.makeText.value = '';
    dom.makeDue.value = '';
    makeCounter.update();
    dom.makeText.focus();
  });

  dom.makeText.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      dom.makeForm.requestSubmit();
    }
  });

  /**
   * The server refused a commitment command: say why where it was made, and give back what was
   * written (the report form opens again with its draft; a refused commitment returns to its field).
   */
  function failed(command, args, message) {
    if (command === 'commitment.add') {
      dom.make.open = true;
      if (!dom.makeText.value.trim() && args && typeof args.text === 'string') {
        dom.makeText.value = args.text;
        if (args.dueDate) dom.makeDue.value = args.dueDate;
      }
      showMessage(dom.makeError, message);
      dom.makeText.focus();
      return true;
    }
    if (command === 'commitment.report' && args && views.has(args.commitmentId)) {
      const view = views.get(args.commitmentId);
      view.pending = false;
      refresh();
      if (view.reportButton.hidden && openId !== view.id) return false;
      openForm(view);
      showMessage(view.form.error, message);
      return true;
    }
    return false;
  }

  return { update, failed };
}
