// Checks the browser's message catalogues (web/i18n/{code}.json) against each other and against
// the pages that use them. Run by ClientCataloguesTest with node, which passes the languages the
// server speaks:  node catalogues.mjs en es de
// Prints one problem per line and exits 1 when there is any.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '../../../web');
const languages = process.argv.slice(2);
const problems = [];

const files = readdirSync(resolve(web, 'i18n')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
if (JSON.stringify(files) !== JSON.stringify([...languages].sort())) {
  problems.push(`web/i18n has catalogues for ${files.join(', ')}; the server speaks ${languages.join(', ')}`);
}
const picker = [...readFileSync(resolve(web, 'js/i18n.js'), 'utf8').matchAll(/\{ code: '([a-z]+)'/g)].map((m) => m[1]);
if (JSON.stringify(picker) !== JSON.stringify(languages)) {
  problems.push(`js/i18n.js LANGUAGES lists ${picker.join(', ')}; the server speaks ${languages.join(', ')} (in that order)`);
}

const CLDR = ['zero', 'one', 'two', 'few', 'many', 'other'];
const catalogues = Object.fromEntries(files.map((code) => [code, JSON.parse(readFileSync(resolve(web, `i18n/${code}.json`), 'utf8'))]));
const english = catalogues.en;
const placeholders = (value) => new Set((typeof value === 'object' ? Object.values(value) : [value])
  .flatMap((text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

for (const [code, messages] of Object.entries(catalogues)) {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  for (const key of Object.keys(english)) {
    if (!(key in messages)) problems.push(`${code}: missing ${key}`);
  }
  for (const [key, value] of Object.entries(messages)) {
    if (!(key in english)) {
      problems.push(`${code}: ${key} is not in the English catalogue`);
      continue;
    }
    const plural = typeof english[key] === 'object';
    if (plural !== (typeof value === 'object')) {
      problems.push(`${code}: ${key} must ${plural ? '' : 'not '}have plural forms, as in English`);
      continue;
    }
    if (plural) {
      // Every form the language's plural rules can choose; a form an older ICU does not know yet is
      // tolerated (it is never chosen there), a form that is no plural category at all is not.
      const forms = Object.keys(value);
      const lacking = categories.filter((c) => !forms.includes(c));
      const strange = forms.filter((f) => !categories.includes(f) && !CLDR.includes(f));
      if (lacking.length || strange.length) {
        problems.push(`${code}: ${key} has the forms ${forms.join(', ')}; ${code} needs ${categories.join(', ')}`);
      }
    }
    if (!same(placeholders(value), placeholders(english[key]))) {
      problems.push(`${code}: ${key} uses {${[...placeholders(value)].join('}, {')}}; English uses {${[...placeholders(english[key])].join('}, {')}}`);
    }
    const texts = typeof value === 'object' ? Object.values(value) : [value];
    if (texts.some((text) => typeof text !== 'string' || !text.trim())) problems.push(`${code}: ${key} is empty`);
  }
}

// Every key the pages ask for exists; every key the catalogue has is asked for (literally, or by a
// prefix the code completes, like `kind.${kind}`); an element worded by data-i18n has no children to lose.
const scripts = readdirSync(resolve(web, 'js')).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(resolve(web, 'js', f), 'utf8')]);
const pages = readdirSync(web).filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(resolve(web, f), 'utf8')]);
const asked = new Map();
for (const [file, source] of scripts) {
  for (const m of source.matchAll(/\b(?:t|words)\('([^']+)'/g)) asked.set(m[1], file);
}
for (const [file, source] of pages) {
  for (const m of source.matchAll(/data-i18n(?:-placeholder|-aria-label|-title)?="([^"]+)"/g)) asked.set(m[1], file);
  // The title keeps "Roundtable" for the moment before the words arrive; it has no children to lose.
  for (const m of source.matchAll(/<(?!title)([a-z0-9]+)(?![a-z0-9])[^>]*\sdata-i18n="([^"]+)"[^>]*>(?!<\/\1>)/g)) {
    problems.push(`${file}: the <${m[1]}> worded by ${m[2]} has content that the words would replace`);
  }
}
for (const [key, file] of asked) {
  if (!(key in english)) problems.push(`${file} asks for ${key}, which the English catalogue lacks`);
}
const everything = scripts.map(([, s]) => s).concat(pages.map(([, s]) => s)).join('\n');
const quoted = new Set([...everything.matchAll(/['"]([a-z][A-Za-z]*(?:\.[A-Za-z0-9-]+)+)['"]/g)].map((m) => m[1]));
const prefixes = [...everything.matchAll(/`([a-z][A-Za-z]*(?:\.[A-Za-z0-9-]*)*)\$\{/g)].map((m) => m[1]);
for (const key of Object.keys(english)) {
  if (!quoted.has(key) && !asked.has(key) && !prefixes.some((prefix) => prefix && key.startsWith(prefix))) {
    problems.push(`en: ${key} is used by no page`);
  }
}

if (problems.length) {
  process.stdout.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`${files.length} catalogues, ${Object.keys(english).length} messages each, ${asked.size} asked for by name\n`);
