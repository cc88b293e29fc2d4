// The shared board: the current phase's cards (in columns when the phase lays them out that way),
// and the cards of other phases folded away per phase. Card elements are kept per card id and only
// updated, so a card being edited keeps its draft and focus while others post.
import { h, reconcile, setText, show, uniqueId } from './dom.js';
import { mayChangeCard, participantById } from './session-state.js';

const KIND_LABELS = {
  issue: 'Issue',
  question: 'Question',
  experience: 'Experience',
  move: 'Move',
  failure: 'Failure',
  surprise: 'Surprise',
  approach: 'Approach',
  story: 'Story',
  takeaway: 'Takeaway',
  commitment: 'Commitment',
  orientation: 'Orientation',
  note: 'Note',
};

export function kindLabel(kind) {
  if (KIND_LABELS[kind]) return KIND_LABELS[kind];
  const text = String(kind || 'card').replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const UNSORTED = '\u0000unsorted';

/**
 * @param {object} dom  { current, empty, others, othersList, heading }
 * @param {object} actions  { edit(cardId, text), remove(cardId) }
 */
const COACH_NOTES = {
  'advice-in-disguise': 'Coach: this may be a suggestion phrased as a question.',
  advice: 'Coach: this may read as advice rather than a lived experience.',
};

export function createBoard(dom, actions) {
  const cards = new Map(); // card id → view
  const columns = new Map(); // column name → { section, title, list }
  const phaseGroups = new Map(); // phase id → { details, summary, list }
  let flatList = null;

  function cardView(cardId) {
    if (cards.has(cardId)) return cards.get(cardId);
    const textId = uniqueId('card-text');
    const view = {
      id: cardId,
      editing: false,
      confirming: false,
      kind: h('span', { class: 'card-kind' }),
      flag: h('span', { class: 'card-flag', hidden: true }, 'Off the record'),
      text: h('p', { class: 'card-text', id: textId }),
      meta: h('p', { class: 'card-meta' }),
      coach: h('p', { class: 'card-coach', hidden: true }),
      actions: h('div', { class: 'card-actions' }),
      editor: null,
    };
    view.editButton = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': textId }, 'Edit');
    view.removeButton = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': textId }, 'Remove');
    view.confirmBox = h('div', { class: 'card-confirm', hidden: true, role: 'group', 'aria-label': 'Remove this card?' },
      h('span', {}, 'Remove this card for everyone?'));
    view.confirmYes = h('button', { type: 'button', class: 'button-danger' }, 'Yes, remove');
    view.confirmNo = h('button', { type: 'button', class: 'button-quiet' }, 'Keep it');
    view.confirmBox.append(view.confirmYes, view.confirmNo);
    view.actions.append(view.editButton, view.removeButton);
    view.head = h('div', { class: 'card-head' }, view.kind, view.flag);
    view.root = h('li', { class: 'card' }, view.head, view.text, view.coach, view.meta, view.actions, view.confirmBox);

    view.editButton.addEventListener('click', () => startEditing(view));
    view.removeButton.addEventListener('click', () => {
      view.confirming = true;
      show(view.confirmBox, true);
      show(view.actions, false);
      view.confirmNo.focus();
    });
    view.confirmNo.addEventListener('click', () => {
      view.confirming = false;
      show(view.confirmBox, false);
      show(view.actions, true);
      view.removeButton.focus();
    });
    view.confirmYes.addEventListener('click', () => {
      actions.remove(view.id);
      view.confirming = false;
      show(view.confirmBox, false);
      show(view.actions, true);
      view.root.classList.add('is-pending');
      dom.heading.focus();
    });
    cards.set(cardId, view);
    return view;
  }

  function startEditing(view) {
    if (view.editing) return;
    view.editing = true;
    const inputId = uniqueId('card-edit');
    const textarea = h('textarea', { id: inputId, rows: 3, maxlength: 2000 });
    textarea.value = view.text.textContent;
    const save = h('button', { type: 'submit', class: 'button-primary' }, 'Save');
    const cancel = h('button', { type: 'button', class: 'button-quiet' }, 'Cancel');
    const form = h('form', { class: 'card-editor stack-tight' },
      h('label', { for: inputId }, 'Edit card'), textarea, h('div', { class: 'actions' }, save, cancel));
    const finish = (focusEdit) => {
      view.editing = false;
      form.remove();
      view.editor = null;
      show(view.text, true);
      show(view.actions, true);
      if (focusEdit && view.root.isConnected) view.editButton.focus();
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = textarea.value.trim();
      if (!text) {
        textarea.setAttribute('aria-invalid', 'true');
        textarea.focus();
        return;
      }
      if (text !== view.text.textContent) actions.edit(view.id, text);
      finish(true);
    });
    cancel.addEventListener('click', () => finish(true));
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish(true);
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    view.editor = form;
    show(view.text, false);
    show(view.actions, false);
    view.text.after(form);
    textarea.focus();
  }

  function updateCard(view, card, state, me, showColumn) {
    setText(view.kind, kindLabel(card.kind));
    view.root.dataset.kind = card.kind;
    show(view.flag, Boolean(card.offRecord));
    // A private draft of someone else arrives without its words until the facilitator reveals all.
    const drafted = card.hidden && card.text == null;
    setText(view.text, drafted ? 'A private draft, shown to everyone when the facilitator reveals the drafts.' : card.text);
    view.text.classList.toggle('is-draft', drafted);
    // The coach's reading reaches only the author and the facilitator; it never blocks a card.
    const note = COACH_NOTES[card.verdict];
    show(view.coach, Boolean(note));
    setText(view.coach, note || '');
    view.root.classList.remove('is-pending');
    const author = card.authorId === me ? 'you' : (participantById(state, card.authorId)?.name || 'someone who left');
    const column = showColumn && card.column ? ` · ${card.column}` : '';
    setText(view.meta, `by ${author}${column}`);
    view.root.classList.toggle('is-mine', card.authorId === me);
    const may = mayChangeCard(state, me, card);
    if (!may && view.editor) {
      view.editor.remove();
      view.editor = null;
      view.editing = false;
      show(view.text, true);
    }
    show(view.actions, may && !view.editing && !view.confirming);
    if (!may) show(view.confirmBox, false);
  }

  function columnView(name) {
    if (columns.has(name)) return columns.get(name);
    const titleId = uniqueId('column');
    const title = h('h3', { id: titleId, class: 'column-title' });
    const list = h('ol', { class: 'cards', 'aria-labelledby': titleId });
    const view = { section: h('section', { class: 'board-column', 'aria-labelledby': titleId }, title, list), title, list };
    columns.set(name, view);
    return view;
  }

  function phaseGroup(phase) {
    if (phaseGroups.has(phase.id)) return phaseGroups.get(phase.id);
    const summary = h('summary');
    const list = h('ol', { class: 'cards' });
    const view = { details: h('details', { class: 'phase-cards' }, summary, list), summary, list };
    phaseGroups.set(phase.id, view);
    return view;
  }

  function update(state, me) {
    const phase = state.phase || {};
    const live = new Set(state.cards.map((c) => c.id));
    for (const id of [...cards.keys()]) if (!live.has(id)) cards.delete(id);

    const current = state.cards.filter((c) => c.phaseId === phase.id);
    const byColumns = phase.layout === 'columns';
    if (byColumns) {
      const names = [];
      for (const card of current) {
        const name = card.column || UNSORTED;
        if (!names.includes(name)) names.push(name);
      }
      const sections = names.map((name) => {
        const view = columnView(name);
        setText(view.title, name === UNSORTED ? 'No column' : name);
        reconcile(view.list, current.filter((c) => (c.column || UNSORTED) === name).map((card) => {
          const cv = cardView(card.id);
          updateCard(cv, card, state, me, false);
          return cv.root;
        }));
        return view.section;
      });
      dom.current.classList.add('is-columns');
      reconcile(dom.current, sections);
    } else {
      if (!flatList) flatList = h('ol', { class: 'cards', 'aria-label': 'Cards in this phase' });
      reconcile(flatList, current.map((card) => {
        const cv = cardView(card.id);
        updateCard(cv, card, state, me, true);
        return cv.root;
      }));
      dom.current.classList.remove('is-columns');
      reconcile(dom.current, [flatList]);
    }
    show(dom.empty, current.length === 0);

    const groups = [];
    for (const other of state.protocol.phases) {
      if (other.id === phase.id) continue;
      const phaseCards = state.cards.filter((c) => c.phaseId === other.id);
      if (phaseCards.length === 0) continue;
      const group = phaseGroup(other);
      setText(group.summary, `${other.name} (${phaseCards.length} ${phaseCards.length === 1 ? 'card' : 'cards'})`);
      reconcile(group.list, phaseCards.map((card) => {
        const cv = cardView(card.id);
        updateCard(cv, card, state, me, true);
        return cv.root;
      }));
      groups.push(group.details);
    }
    reconcile(dom.othersList, groups);
    show(dom.others, groups.length > 0);
  }

  return { update };
}
