// The language picker every page carries in its header. The choice is kept on this device and the
// page is opened again in it: every view then speaks the new language from its first word, with no
// text left behind in the old one. The recap keeps the choice in its address too, because it
// otherwise follows the language of its session.
import { LANGUAGES, chooseOnDevice, currentLanguage, t } from './i18n.js';
import { h, uniqueId } from './dom.js';

/** Puts the picker into every [data-language-picker] element of the page. */
export function mountLanguagePickers({ inAddress = false } = {}) {
  for (const slot of document.querySelectorAll('[data-language-picker]')) {
    const id = uniqueId('language');
    const select = h('select', { id, class: 'language-select' },
      LANGUAGES.map(({ code, name }) => h('option', { value: code, lang: code, selected: code === currentLanguage() }, name)));
    select.addEventListener('change', () => {
      chooseOnDevice(select.value);
      const url = new URL(window.location.href);
      if (inAddress || url.searchParams.has('lang')) url.searchParams.set('lang', select.value);
      if (url.toString() === window.location.href) window.location.reload();
      else window.location.replace(url.toString());
    });
    slot.replaceChildren(h('label', { for: id, class: 'visually-hidden' }, t('language.label')), select);
  }
}

/** Fills a form's <select> with the languages a session or group can be held in; `chosen` is selected. */
export function fillLanguageChoices(select, chosen = currentLanguage()) {
  select.replaceChildren(...LANGUAGES.map(({ code, name }) => h('option', { value: code, lang: code }, name)));
  select.value = LANGUAGES.some((l) => l.code === chosen) ? chosen : 'en';
}
