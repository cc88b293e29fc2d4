// The page's language. Every word a page shows comes from a message catalogue per language
// (/i18n/{code}.json), loaded here once before any other module of the page runs (this module waits
// for it at its top level, and ES modules that import it wait in turn), so the rest can ask for
// words synchronously with t(). Counts go through Intl.PluralRules, dates and times through
// Intl.DateTimeFormat and Intl.RelativeTimeFormat, all in the page's language.
//
// Which language: ?lang= in the address, else the choice made with the picker on this device,
// else the first of the browser's languages Roundtable speaks, else English. A page may then switch
// to the language its content is in (the recap follows its session) with useLanguage().

/** The languages Roundtable speaks, each named in itself; the server's list is the same (LanguagesTest). */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'de', name: 'Deutsch' },
];

const STORAGE_KEY = 'roundtable.language';
const CODES = LANGUAGES.map((l) => l.code);

let language = 'en';
let words = wordsFrom('en', {});
const dateFormats = new Map();

/**
 * A t() for one catalogue: the message `key` with its {placeholders} filled in. A message with
 * plural forms ({"one": …, "other": …}) is chosen by params.count. Numbers are written the
 * language's way. A key the catalogue lacks comes back as itself, so it shows (and the tests catch it).
 */
function wordsFrom(code, messages) {
  const plurals = new Intl.PluralRules(code);
  const numbers = new Intl.NumberFormat(code);
  const say = (key, params = {}) => {
    let message = messages[key];
    if (message === undefined || message === null) return key;
    if (typeof message === 'object') {
      message = message[plurals.select(Number(params.count) || 0)] ?? message.other;
    }
    return String(message).replace(/\{(\w+)\}/g, (whole, name) => {
      if (!(name in params)) return whole;
      const value = params[name];
      return typeof value === 'number' ? numbers.format(value) : String(value ?? '');
    });
  };
  say.language = code;
  return say;
}

/** 'de' for 'de', 'de-AT' or 'DE_ch'; null for a language Roundtable does not speak. */
export function supported(code) {
  const primary = String(code || '').trim().toLowerCase().split(/[-_]/)[0];
  return CODES.includes(primary) ? primary : null;
}

/** The language asked for in the address (?lang=), if it is one Roundtable speaks. */
export function askedInAddress() {
  return supported(new URLSearchParams(window.location.search).get('lang'));
}

/** The language chosen with the picker on this device, if any. */
export function chosenOnDevice() {
  try {
    return supported(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function chooseOnDevice(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // the choice then lasts for this page only
  }
}

function fromBrowser() {
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (const code of wanted) {
    if (supported(code)) return supported(code);
  }
  return null;
}

export function preferredLanguage() {
  return askedInAddress() || chosenOnDevice() || fromBrowser() || 'en';
}

async function catalogue(code) {
  const response = await fetch(`/i18n/${code}.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`no catalogue for ${code}`);
  return response.json();
}

/** The words of another language than the page's, e.g. for a file written in its session's language. */
export async function wordsIn(code) {
  const wanted = supported(code) || 'en';
  if (wanted === language) return words;
  return wordsFrom(wanted, await catalogue(wanted));
}

/** Switches the page to `code` (a language Roundtable speaks) and words the page's static text again. */
export async function useLanguage(code) {
  let wanted = supported(code) || 'en';
  let loaded;
  try {
    loaded = await catalogue(wanted);
  } catch {
    // A catalogue that cannot be read leaves the page in English rather than in keys.
    wanted = 'en';
    loaded = await catalogue('en').catch(() => ({}));
  }
  language = wanted;
  words = wordsFrom(language, loaded);
  dateFormats.clear();
  document.documentElement.lang = language;
  translatePage(document);
  return language;
}

export function currentLanguage() {
  return language;
}

/** The message `key` in the page's language (see wordsFrom). */
export function t(key, params) {
  return words(key, params);
}

/** An Intl.DateTimeFormat in the page's language (or `code`), made once per language and options. */
export function dateFormat(options, code = language) {
  const key = `${code}|${JSON.stringify(options)}`;
  if (!dateFormats.has(key)) dateFormats.set(key, new Intl.DateTimeFormat(code, options));
  return dateFormats.get(key);
}

/** A moment (epoch ms or ISO text) in the page's language, e.g. "12 Mar 2026, 10:05". */
export function formatMoment(value, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(options).format(date);
}

const UNITS = [
  ['year', 365 * 86_400_000], ['month', 30 * 86_400_000], ['week', 7 * 86_400_000],
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000],
];

/** How far `ms` is from `now`, the language's way: "3 days ago", "in 2 weeks", "vor 5 Minuten". */
export function relativeTime(ms, now = Date.now()) {
  const diff = ms - now;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  }
  return format.format(0, 'minute');
}

/**
 * Words the static text of `root`: an element's text from data-i18n, and its placeholder,
 * aria-label and title attributes from data-i18n-placeholder, data-i18n-aria-label, data-i18n-title.
 */
export function translatePage(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const [attribute, data] of [['placeholder', 'i18nPlaceholder'], ['aria-label', 'i18nAriaLabel'], ['title', 'i18nTitle']]) {
    const selector = `[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const el of root.querySelectorAll(selector)) el.setAttribute(attribute, t(el.dataset[data]));
  }
}

await useLanguage(preferredLanguage());
document.documentElement.classList.remove('i18n-pending');
