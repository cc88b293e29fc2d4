// "Your sessions on this device" on the start page: every session this browser keeps a place in,
// newest first, with the role held there, so a facilitator who closed the tab finds their room again.
import { sessions } from './credentials.js';
import { h, show } from './dom.js';
import { relativeTime, t } from './i18n.js';
import { roleLabel } from './people.js';

function render() {
  const kept = sessions.all()
    .filter(({ credential }) => sessions.opens(credential))
    .sort((a, b) => (b.credential.seenAt || 0) - (a.credential.seenAt || 0));
  const list = document.getElementById('mine-list');
  list.replaceChildren(...kept.map(({ id, credential }) => {
    const path = credential.role === 'facilitator' ? `/s/${encodeURIComponent(id)}/facilitate` : `/s/${encodeURIComponent(id)}`;
    const title = credential.title || t('mine.untitled');
    const forget = h('button', { type: 'button', class: 'button-quiet', 'aria-label': t('mine.forgetLabel', { title }) },
      t('mine.forget'));
    forget.addEventListener('click', () => {
      sessions.forget(id);
      render();
    });
    return h('li', { class: 'mine-item' },
      h('a', { href: path }, title),
      h('span', { class: 'hint' }, ` · ${roleLabel(credential.role || 'participant')}`,
        credential.seenAt ? ` · ${t('mine.lastOpened', { when: relativeTime(credential.seenAt) })}` : ''),
      forget);
  }));
  show(document.getElementById('mine'), kept.length > 0);
}

render();
