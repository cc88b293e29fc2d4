// The group's topics backlog: propose, upvote (one vote each, toggled), and, for the keeper, mark a
// topic picked for a coming session or done.
import { textRefused } from './checked-form.js';
import { h, setText, show, showMessage } from './dom.js';
import { t } from './i18n.js';

const STATUSES = ['open', 'picked', 'done'];
const statusWords = (status) => (STATUSES.includes(status) ? t(`topics.status.${status}`) : status);

/**
 * @param dom { form, title, details, error, save, empty, list, status }
 * @param api (method, path, body) → Promise, with the member's key
 * @param groupPath (suffix) → the group's API path
 */
export function createTopicsView(dom, api, groupPath) {
  let keeper = false;

  function item(topic) {
    const titleId = `topic-${topic.id}`;
    const vote = h('button', {
      type: 'button',
      class: 'react',
      'aria-pressed': topic.votedByMe ? 'true' : 'false',
      'aria-describedby': titleId,
      disabled: topic.status !== 'open',
    }, topic.votedByMe ? `\u25B2 ${t('topics.upvoted')}` : `\u25B3 ${t('topics.upvote')}`, h('span', { class: 'react-count' }, ` ${topic.votes}`));
    vote.addEventListener('click', () => act('POST', groupPath(`/topics/${encodeURIComponent(topic.id)}/votes`)));
    const statusControl = keeper ? h('select', { 'aria-label': t('topics.statusOf', { title: topic.title }) },
      STATUSES.map((value) => h('option', { value, selected: value === topic.status }, statusWords(value)))) : null;
    if (statusControl) {
      statusControl.addEventListener('change', () => act('PUT', groupPath(`/topics/${encodeURIComponent(topic.id)}/status`),
        { status: statusControl.value }));
    }
    return h('li', { class: `topic is-${topic.status}` },
      h('p', { class: 'topic-title', id: titleId }, topic.title),
      topic.details ? h('p', { class: 'topic-details' }, topic.details) : null,
      h('p', { class: 'hint' }, `${t('topics.proposedBy', { name: topic.proposerName || t('topics.aMember') })} · ${statusWords(topic.status)}`),
      h('div', { class: 'topic-actions' }, vote, statusControl));
  }

  async function load() {
    try {
      const topics = (await api('GET', groupPath('/topics'))) || [];
      dom.list.replaceChildren(...topics.map(item));
      show(dom.empty, topics.length === 0);
      setText(dom.status, '');
    } catch (error) {
      setText(dom.status, t('topics.failed', { message: error.message }));
    }
  }

  async function act(method, path, body) {
    try {
      await api(method, path, body);
      await load();
    } catch (error) {
      setText(dom.status, error.message);
    }
  }

  dom.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (textRefused(dom.title, dom.error, t('topics.problemTitle'))) return;
    const title = dom.title.value.trim();
    dom.title.removeAttribute('aria-invalid');
    showMessage(dom.error, '');
    dom.save.disabled = true;
    try {
      const body = { title };
      if (dom.details.value.trim()) body.details = dom.details.value.trim();
      await api('POST', groupPath('/topics'), body);
      dom.title.value = '';
      dom.details.value = '';
      await load();
    } catch (error) {
      showMessage(dom.error, error.message);
    } finally {
      dom.save.disabled = false;
    }
  });

  return {
    load(isKeeper) {
      keeper = isKeeper;
      return load();
    },
  };
}
