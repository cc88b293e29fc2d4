// The shared board: the current phase's cards (in columns when the phase lays them out that way),
// and the cards of other phases folded away per phase. Card elements are kept per card id and only
// updated, so a card being edited keeps its draft and focus while others post.
import { h, reconcile, setText, show, uniqueId } from './dom.js';
import { kindLabel } from './kinds.js';
import { CARD_LIMIT } from './composer.js';
import { attachCounter } from './counter.js';
import { mayChangeCard, participantById } from './session-state.js';
import { t } from './i18n.js';

const UNSORTED = '\u0000unsorted';

/** The verdicts the coach notes on a card (for its author and the facilitator); others need no note. */
const NOTED = new Set(['advice-in-disguise', 'advice']);

/**
 * @param {object} dom  { current, empty, others, othersList, heading, spotlight, spotlightList, waiting }
 * @param {object} actions  { edit(cardId, text), remove(cardId), react(cardId), spotlight(cardId | null),
 *   saveApproach(card) | null, retry(local), discard(local) }
 */
export function createBoard(dom, actions) {
  const cards = new Map(); // card id → view
  const columns = new Map(); // column name → { section, title, list }
  const phaseGroups = new Map(); // phase id → { details, summary, list }
  const pairs = new Map(); // pair index → { item, list }
  let flatList = null;
  let pairList = null;

  function cardView(cardId) {
    if (cards.has(cardId)) return cards.get(cardId);
    const textId = uniqueId('card-text');
    const view = {
      id: cardId,
      editing: false,
      confirming: false,
      kind: h('span', { class: 'card-kind' }),
      flag: h('span', { class: 'card-flag', hidden: true }, t('board.offRecord')),
      text: h('p', { class: 'card-text', id: textId }),
      meta: h('p', { class: 'card-meta' }),
      coach: h('p', { class: 'card-coach', hidden: true }),
      actions: h('div', { class: 'card-actions' }),
      editor: null,
    };
    const reactId = uniqueId('card-reactions');
    view.reactCount = h('span', { class: 'react-count', 'aria-hidden': 'true' });
    view.reactIcon = h('span', { class: 'react-icon', 'aria-hidden': 'true' });
    view.reactButton = h('button', {
      type: 'button',
      class: 'react',
      'aria-pressed': 'false',
      'aria-label': t('board.resonatesLabel'),
      'aria-describedby': `${reactId} ${textId}`,
    }, view.reactIcon, h('span', { class: 'react-word', 'aria-hidden': 'true' }, t('board.resonates')), view.reactCount);
    view.reactSummary = h('span', { class: 'react-summary', id: reactId });
    view.spotlightButton = h('button', {
      type: 'button', class: 'button-quiet spotlight-button', 'aria-pressed': 'false', 'aria-describedby': textId,
    }, t('board.spotlight'));
    view.approachButton = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': textId }, t('board.saveApproach'));
    view.spotBadge = h('span', { class: 'card-spot', hidden: true }, t('board.spotlightHeading'));
    view.editButton = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': textId }, t('board.edit'));
    view.removeButton = h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': textId }, t('board.remove'));
    view.confirmBox = h('div', { class: 'card-confirm', hidden: true, role: 'group', 'aria-label': t('board.removeGroup') },
      h('span', {}, t('board.removeQuestion')));
    view.confirmYes = h('button', { type: 'button', class: 'button-danger' }, t('board.removeYes'));
    view.confirmNo = h('button', { type: 'button', class: 'button-quiet' }, t('board.removeNo'));
    view.confirmBox.append(view.confirmYes, view.confirmNo);
    view.actions.append(view.editButton, view.removeButton);
    view.head = h('div', { class: 'card-head' }, view.kind, view.flag, view.spotBadge);
    view.footer = h('div', { class: 'card-footer' }, view.reactButton, view.reactSummary, view.spotlightButton,
      view.approachButton, view.actions);
    view.root = h('li', { class: 'card' }, view.head, view.text, view.coach, view.meta, view.footer, view.confirmBox);

    view.reactButton.addEventListener('click', () => actions.react(view.id));
    view.spotlightButton.addEventListener('click', () => {
      actions.spotlight(view.spotlightButton.getAttribute('aria-pressed') === 'true' ? null : view.id);
    });
    view.editButton.addEventListener('click', () => startEditing(view));
    view.approachButton.addEventListener('click', () => {
      if (actions.saveApproach && view.card) actions.saveApproach(view.card);
    });
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
    const countId = uniqueId('card-edit-count');
    const textarea = h('textarea', { id: inputId, rows: 3, 'aria-describedby': countId });
    const count = h('p', { id: countId, class: 'count-hint', 'aria-live': 'polite' });
    const counter = attachCounter(textarea, count, CARD_LIMIT);
    textarea.value = view.text.textContent;
    const save = h('button', { type: 'submit', class: 'button-primary' }, t('common.save'));
    const cancel = h('button', { type: 'button', class: 'button-quiet' }, t('common.cancel'));
    const form = h('form', { class: 'card-editor stack-tight' },
      h('label', { for: inputId }, t('board.editLabel')), textarea, count, h('div', { class: 'actions' }, save, cancel));
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
      if (!text || counter.over()) {
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
    view.card = card;
    const role = participantById(state, me)?.role;
    const reactions = Array.isArray(card.reactions) ? card.reactions : [];
    const count = reactions.length;
    const mine = reactions.includes(me);
    // Drafts not yet revealed take no reactions and no spotlight, not even from their author.
    const readable = !card.hidden;
    view.reactButton.setAttribute('aria-pressed', mine ? 'true' : 'false');
    setText(view.reactIcon, mine ? '\u2665' : '\u2661');
    setText(view.reactCount, count > 0 ? String(count) : '');
    const names = reactions.map((id) => (id === me ? t('common.youLower') : participantById(state, id)?.name || t('common.someoneLower')));
    const summary = count === 0 ? '' : t('board.resonatesWith', { count, names: names.join(', ') });
    setText(view.reactSummary, summary);
    view.reactButton.title = summary;
    // The words stay available to screen readers through the button's description.
    view.reactSummary.className = !state.ended ? 'react-summary visually-hidden' : 'react-summary';
    show(view.reactButton, !state.ended && readable && role !== 'observer');
    show(view.reactSummary, count > 0);
    const spotlit = state.spotlightCardId === card.id;
    view.root.classList.toggle('is-spotlit', spotlit);
    show(view.spotBadge, spotlit);
    view.spotlightButton.setAttribute('aria-pressed', spotlit ? 'true' : 'false');
    show(view.spotlightButton, role === 'facilitator' && !state.ended && readable);
    setText(view.kind, kindLabel(card.kind));
    view.root.dataset.kind = card.kind;
    show(view.flag, Boolean(card.offRecord));
    // A private draft of someone else arrives without its words until the facilitator reveals all.
    const drafted = card.hidden && card.text == null;
    setText(view.text, drafted ? t('board.draft') : card.text);
    view.text.lang = drafted ? document.documentElement.lang : state.language || 'en';
    view.text.classList.toggle('is-draft', drafted);
    show(view.approachButton, Boolean(actions.saveApproach && state.groupId) && readable && !card.offRecord
      && role !== 'observer' && !state.ended);
    // The coach's reading reaches only the author and the facilitator; it never blocks a card.
    const noted = NOTED.has(card.verdict);
    show(view.coach, noted);
    setText(view.coach, noted ? t(`board.coach.${card.verdict}`) : '');
    view.root.classList.remove('is-pending');
    const author = participantById(state, card.authorId)?.name || t('common.someoneWhoLeft');
    const meta = [card.authorId === me ? t('board.byYou') : t('board.by', { name: author })];
    if (showColumn && card.column) meta.push(card.column);
    if (card.editedByFacilitator) meta.push(t('board.editedByFacilitator'));
    // Your own draft: the words are yours alone until the facilitator reveals the drafts.
    if (card.hidden && card.authorId === me) meta.push(t('board.onlyYou'));
    setText(view.meta, meta.join(' · '));
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

  function pairView(index) {
    if (pairs.has(index)) return pairs.get(index);
    const list = h('ol', { class: 'cards pair-cards', 'aria-label': t('board.pair', { index: index + 1 }) });
    const view = { item: h('li', { class: 'pair' }, list), list };
    pairs.set(index, view);
    return view;
  }

  // ---- cards this page sent that the board does not have yet ----
  const locals = new Map(); // opId → view

  function localView(local) {
    if (locals.has(local.opId)) return locals.get(local.opId);
    const textId = uniqueId('local-text');
    const view = {
      kind: h('span', { class: 'card-kind' }),
      text: h('p', { class: 'card-text', id: textId }),
      meta: h('p', { class: 'card-meta', role: 'status' }),
      retry: h('button', { type: 'button', class: 'button-secondary', 'aria-describedby': textId }, t('board.putBack')),
      discard: h('button', { type: 'button', class: 'button-quiet', 'aria-describedby': textId }, t('board.discard')),
    };
    view.buttons = h('div', { class: 'card-actions' }, view.retry, view.discard);
    view.root = h('li', { class: 'card is-local' }, h('div', { class: 'card-head' }, view.kind), view.text, view.meta, view.buttons);
    view.retry.addEventListener('click', () => actions.retry(view.local));
    view.discard.addEventListener('click', () => actions.discard(view.local));
    locals.set(local.opId, view);
    return view;
  }

  function renderLocal(local) {
    const view = localView(local);
    view.local = local;
    setText(view.kind, kindLabel(local.args.kind));
    view.root.dataset.kind = local.args.kind || '';
    setText(view.text, local.args.text || '');
    const failed = local.status === 'failed';
    view.root.classList.toggle('is-sending', !failed);
    view.root.classList.toggle('is-failed', failed);
    setText(view.meta, failed ? t('board.notAdded', { message: local.message })
      : local.status === 'waiting' ? t('board.waiting') : t('board.sendingOne'));
    show(view.buttons, failed);
    return view.root;
  }

  function render(card, state, me, showColumn) {
    const cv = cardView(card.id);
    updateCard(cv, card, state, me, showColumn);
    return cv.root;
  }

  function update(state, me, local = []) {
    const phase = state.phase || {};
    const live = new Set(state.cards.map((c) => c.id));
    for (const id of [...cards.keys()]) if (!live.has(id)) cards.delete(id);
    const pending = new Set(local.map((l) => l.opId));
    for (const id of [...locals.keys()]) if (!pending.has(id)) locals.delete(id);
    const waiting = local.map(renderLocal);

    // The spotlighted card leaves its place and stands above the board, whatever phase it is from.
    const spot = state.cards.find((c) => c.id === state.spotlightCardId) || null;
    reconcile(dom.spotlightList, spot ? [render(spot, state, me, true)] : []);
    show(dom.spotlight, Boolean(spot));
    dom.spotlight.dataset.cardId = spot ? spot.id : '';

    const current = state.cards.filter((c) => c.phaseId === phase.id && c !== spot);
    const layout = phase.layout === 'columns' || phase.layout === 'pairs' ? phase.layout : 'list';
    dom.current.dataset.layout = layout;
    if (layout === 'columns') {
      const names = [];
      for (const card of current) {
        const name = card.column || UNSORTED;
        if (!names.includes(name)) names.push(name);
      }
      const sections = names.map((name) => {
        const view = columnView(name);
        setText(view.title, name === UNSORTED ? t('board.noColumn') : name);
        reconcile(view.list, current.filter((c) => (c.column || UNSORTED) === name)
          .map((card) => render(card, state, me, false)));
        return view.section;
      });
      reconcile(dom.current, sections);
    } else if (layout === 'pairs') {
      // Two by two, in board order: the first card with the second, the third with the fourth.
      if (!pairList) pairList = h('ol', { class: 'pairs', 'aria-label': t('board.inPairs') });
      const items = [];
      for (let i = 0; i < current.length; i += 2) {
        const view = pairView(i / 2);
        reconcile(view.list, current.slice(i, i + 2).map((card) => render(card, state, me, true)));
        items.push(view.item);
      }
      reconcile(pairList, items);
      reconcile(dom.current, [pairList]);
    } else {
      if (!flatList) flatList = h('ol', { class: 'cards', 'aria-label': t('board.inPhase') });
      // Cards still being sent stand where they will land: at the end of the phase's list.
      reconcile(flatList, current.map((card) => render(card, state, me, true)).concat(waiting));
      reconcile(dom.current, [flatList]);
    }
    if (layout !== 'list') reconcile(dom.waiting, waiting);
    else reconcile(dom.waiting, []);
    show(dom.waiting, layout !== 'list' && waiting.length > 0);
    show(dom.empty, current.length === 0 && waiting.length === 0);

    const groups = [];
    for (const other of state.protocol.phases) {
      if (other.id === phase.id) continue;
      const phaseCards = state.cards.filter((c) => c.phaseId === other.id && c !== spot);
      if (phaseCards.length === 0) continue;
      const group = phaseGroup(other);
      setText(group.summary, t('board.phaseCards', { phase: other.name, count: phaseCards.length }));
      reconcile(group.list, phaseCards.map((card) => render(card, state, me, true)));
      groups.push(group.details);
    }
    reconcile(dom.othersList, groups);
    show(dom.others, groups.length > 0);
  }

  return { update };
}
