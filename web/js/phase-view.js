// What the group is doing now: the phase, its purpose and prompts, and the way through the protocol.
import { h, setText, show } from './dom.js';
import { participantById } from './session-state.js';
import { t } from './i18n.js';

const TURNS = ['open', 'round-robin', 'queue', 'presenter'];
const POSTING = ['all', 'presenter', 'others'];

export function minutes(seconds) {
  if (!seconds || seconds <= 0) return '';
  const m = Math.round(seconds / 60);
  return m < 1 ? t('phase.underAMinute') : t('phase.minutes', { count: m });
}

/** Phases that work on the presenter's issue: it stays in view while the group asks and shares. */
const ABOUT_THE_ISSUE = new Set(['questions', 'experience', 'contrast', 'context', 'stories', 'orientation', 'moves',
  'commitment', 'alternatives', 'exploration']);

/** @param dom { step, name, purpose, prompts, promptsBlock, meta, presenter, progress, issue, issueList } */
export function createPhaseView(dom) {
  let lastProgressSignature = '';

  function update(state, me) {
    const phase = state.phase || {};
    const total = state.protocol.phases.length;
    setText(dom.step, !total ? '' : state.protocol.name ? t('phase.stepOf', { index: phase.index + 1, total, protocol: state.protocol.name })
      : t('phase.step', { index: phase.index + 1, total }));
    // The phase's words are the session's, in its language, which need not be the page's.
    for (const el of [dom.name, dom.purpose, dom.prompts, dom.progress, dom.issueList]) el.lang = state.language || 'en';
    setText(dom.name, phase.name || '');
    setText(dom.purpose, phase.purpose || '');
    show(dom.purpose, Boolean(phase.purpose));

    const prompts = Array.isArray(phase.prompts) ? phase.prompts : [];
    const promptSignature = JSON.stringify(prompts);
    if (dom.prompts.dataset.signature !== promptSignature) {
      dom.prompts.replaceChildren(...prompts.map((prompt) => h('li', {}, prompt)));
      dom.prompts.dataset.signature = promptSignature;
    }
    show(dom.promptsBlock, prompts.length > 0);

    const meta = [];
    const time = minutes(phase.timeboxSeconds);
    if (time) meta.push(t('phase.timebox', { time }));
    if (TURNS.includes(phase.turns)) meta.push(t(`phase.turns.${phase.turns}`));
    if (POSTING.includes(phase.whoMayPost) && phase.cardKinds && phase.cardKinds.length) meta.push(t(`phase.posting.${phase.whoMayPost}`));
    dom.meta.replaceChildren(...meta.map((item) => h('li', {}, item)));

    const presenter = state.presenterId ? participantById(state, state.presenterId) : null;
    const presenterName = presenter ? (presenter.id === me ? t('common.youName', { name: presenter.name }) : presenter.name) : null;
    // The presenter matters in phases built around them; elsewhere the line only shows once chosen.
    const aboutPresenter = phase.turns === 'presenter' || (phase.whoMayPost && phase.whoMayPost !== 'all');
    setText(dom.presenter, presenterName ? t('phase.presenter', { name: presenterName }) : t('phase.noPresenter'));
    show(dom.presenter, Boolean(presenterName) || aboutPresenter);

    const issues = ABOUT_THE_ISSUE.has(phase.kind)
      ? state.cards.filter((c) => c.kind === 'issue' && typeof c.text === 'string' && c.phaseId !== phase.id) : [];
    const issueSignature = JSON.stringify(issues.map((c) => [c.id, c.text]));
    if (dom.issueList.dataset.signature !== issueSignature) {
      dom.issueList.replaceChildren(...issues.map((c) => h('li', {}, c.text)));
      dom.issueList.dataset.signature = issueSignature;
    }
    show(dom.issue, issues.length > 0);

    const signature = JSON.stringify([phase.index, state.protocol.phases.map((p) => p.id)]);
    if (signature !== lastProgressSignature) {
      lastProgressSignature = signature;
      dom.progress.replaceChildren(...state.protocol.phases.map((p, i) => {
        const status = i < phase.index ? 'done' : i === phase.index ? 'current' : 'upcoming';
        const time = minutes(p.timeboxSeconds);
        return h('li', { class: `step step-${status}`, 'aria-current': i === phase.index ? 'step' : null },
          h('span', { class: 'step-name' }, p.name),
          time ? h('span', { class: 'step-time' }, time) : null,
          status === 'done' ? h('span', { class: 'visually-hidden', lang: document.documentElement.lang }, t('phase.done')) : null);
      }));
    }
  }

  return { update };
}
