#!/usr/bin/env python3
"""Check seeds/labels.jsonl against seeds/pages/.

    python3 seeds/check_seeds.py          # validate, exit 1 on any problem
    python3 seeds/check_seeds.py --sync   # first rewrite each label's `text` from its page file

Checks: every page has exactly one label and vice versa; `text` equals the file
byte for byte; field names and values follow ../shared/spec/labels.md; the title
appears in the page; the demo's coverage targets are met. It also reports how often
a naive keyword alert (a Russia word and a North Korea word anywhere on the page)
fires on the non-relevant pages, which is the trap these pages are built around.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')
LABELS = os.path.join(HERE, 'labels.jsonl')
FIELDS = ['id', 'url', 'title', 'lang', 'published', 'text', 'relevant', 'severity', 'categories', 'rationale']
SEVERITIES = {'none', 'low', 'medium', 'high', 'critical'}
CATEGORIES = {'military', 'security', 'diplomatic', 'economic', 'sanctions', 'cultural', 'humanitarian'}
RU = re.compile(r'russia|moscow|kremlin|putin|shoigu|lavrov|росси|москв|кремл|путин|шойгу|лавров|러시아|로씨야|푸틴|뿌찐|모스크바|러 ', re.I)
NK = re.compile(r'north korea|dprk|pyongyang|kim jong un|кндр|пхеньян|ким чен ын|северокоре|북한|조선|김정은|평양|북러', re.I)

def naive_alert(text):
    return bool(RU.search(text)) and bool(NK.search(text))

def main():
    sync = '--sync' in sys.argv
    errors = []
    files = sorted(f for f in os.listdir(PAGES) if f.endswith(('.txt', '.html')))
    with open(LABELS, encoding='utf-8') as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if sync:
        for d in labels:
            for ext in ('.txt', '.html'):
                p = os.path.join(PAGES, d['id'] + ext)
                if os.path.exists(p):
                    with open(p, encoding='utf-8', newline='') as fh:
                        d['text'] = fh.read()
        with open(LABELS, 'w', encoding='utf-8') as fh:
            for d in labels:
                fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    ids = Counter(d.get('id') for d in labels)
    for i, n in ids.items():
        if n > 1:
            errors.append(f'duplicate label id {i}')
    page_ids = {os.path.splitext(f)[0]: f for f in files}
    for i in page_ids:
        if i not in ids:
            errors.append(f'page without label: {page_ids[i]}')
    for d in labels:
        i = d.get('id')
        if list(d.keys()) != FIELDS:
            errors.append(f'{i}: fields {list(d.keys())} != {FIELDS}')
        if i not in page_ids:
            errors.append(f'{i}: label without page')
            continue
        path = os.path.join(PAGES, page_ids[i])
        raw = open(path, 'rb').read()
        size = len(raw)
        if not 2048 <= size <= 8192:
            errors.append(f'{i}: size {size} bytes not in 2-8 KB')
        if not re.fullmatch(r'\d\d_[a-z0-9-]+', i):
            errors.append(f'{i}: file name not NN_short-slug')
        if d['text'].encode('utf-8') != raw:
            errors.append(f'{i}: text differs from {page_ids[i]}')
        if d['title'] and d['title'] not in d['text']:
            errors.append(f'{i}: title not found in page')
        if d['lang'] not in ('en', 'ru', 'ko'):
            errors.append(f'{i}: lang {d["lang"]}')
        if d['published'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', d['published']):
            errors.append(f'{i}: published {d["published"]}')
        if not re.match(r'https://[a-z0-9.-]+\.(org|net)/', d['url']):
            errors.append(f'{i}: url {d["url"]}')
        if not isinstance(d['relevant'], bool):
            errors.append(f'{i}: relevant not bool')
        if d['severity'] not in SEVERITIES:
            errors.append(f'{i}: severity {d["severity"]}')
        if (d['severity'] == 'none') == d['relevant']:
            errors.append(f'{i}: severity none iff not relevant')
        if not set(d['categories']) <= CATEGORIES:
            errors.append(f'{i}: categories {d["categories"]}')
        if d['relevant'] != bool(d['categories']):
            errors.append(f'{i}: categories must be empty iff not relevant')
        if not d['rationale'].strip():
            errors.append(f'{i}: empty rationale')

    sev = Counter(d['severity'] for d in labels)
    lang = Counter(d['lang'] for d in labels)
    lang_rel = Counter(d['lang'] for d in labels if d['relevant'])
    need = {'critical': 3, 'high': 3, 'medium': 2, 'low': 2, 'none': 5}
    for s, n in need.items():
        if sev[s] < n:
            errors.append(f'coverage: {sev[s]} {s} < {n}')
    if len(labels) < 16:
        errors.append(f'coverage: {len(labels)} pages < 16')
    for l in ('ru', 'ko'):
        if lang[l] < 2 or lang_rel[l] < 1:
            errors.append(f'coverage: {l} pages {lang[l]}, relevant {lang_rel[l]}')

    neg = [d for d in labels if not d['relevant']]
    fired = [d['id'] for d in neg if naive_alert(d['text'])]
    pos_fired = sum(naive_alert(d['text']) for d in labels if d['relevant'])
    if len(fired) * 2 <= len(neg):
        errors.append(f'naive alert fires on only {len(fired)}/{len(neg)} negatives')

    print(f'{len(labels)} labels, {len(files)} pages; severities {dict(sev)}; languages {dict(lang)}')
    print(f'naive keyword alert: fires on {pos_fired}/{len(labels) - len(neg)} relevant and {len(fired)}/{len(neg)} non-relevant pages')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} problem(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
