// The group's topics backlog: propose, upvote (one vote each, toggled), and, for the keeper, mark a
// topic picked for a coming session or done.
import { textRefused } from './checked-form.js';
import { h, setText, show, showMessage } from './dom.js';

const STATUS_WORDS = { open: 'Open', picked: 'Picked for a session', done: 'Done' };

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
    }, topic.votedByMe ? '\u25B2 Upvoted' : '\u25B3 Upvote', h('span', { class: 'react-count' }, ` ${topic.votes}`));
    vote.addEventListener('click', () => act('POST', groupPath(`/topics/${encodeURIComponent(topic.id)}/votes`)));
    const statusControl = keeper ? h('select', { 'aria-label': `Status of ${topic.title}` },
      ['open', 'picked', 'done'].map((value) => h('option', { value, selected: value === topic.status }, STATUS_WORDS[value]))) : null;
    if (statusControl) {
      statusControl.addEventListener('change', () => act('PUT', groupPath(`/topics/${encodeURIComponent(topic.id)}/status`),
        { status: statusControl.value }));
    }
    return h('li', { class: `topic is-${topic.status}` },
      h('p', { class: 'topic-title', id: titleId }, topic.title),
      topic.details ? h('p', { class: 'topic-details' }, topic.details) : null,
      h('p', { class: 'hint' }, `Proposed by ${topic.proposerName || 'a member'} · ${STATUS_WORDS[topic.status] || topic.status}`),
      h('div', { class: 'topic-actions' }, vote, statusControl));
  }

  async function load() {
    try {
      const topics = (await api('GET', groupPath('/topics'))) || [];
      dom.list.replaceChildren(...topics.map(item));
      show(dom.empty, topics.length === 0);
      setText(dom.status, '');
    } catch (error) {
      setText(dom.status, `The topics could not be read: ${error.message}`);
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
    if (textRefused(dom.title, dom.error, 'Give the topic a title.')) return;
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
