import { expect, test } from 'vitest';
import { mergePathLists, pathsFromArguments, pathsFromFile } from '../../../src-main/shared/path-list.ts';

test('a paths file keeps its good routes and names each bad one by position, without its URL', () => {
  const text = JSON.stringify({
    paths: [
      { name: 'office', url: 'socks5h://me:secret-pass@10.0.0.5:1080' },
      { name: 'broken', url: 'socks5://me:secret-pass@10.0.0.5' },
      { name: 'no url' },
      { name: 'dns', url: 'doh:https://dns.example/dns-query' },
    ],
  });
  const list = pathsFromFile('paths.json', text);
  expect(list.paths.map((p) => p.spec.name)).toEqual(['office', 'dns']);
  expect(list.errors).toEqual([
    { source: 'paths.json: paths[1]', code: 'missing-port', name: 'broken' },
    { source: 'paths.json: paths[2]', code: 'bad-shape' },
  ]);
  expect(JSON.stringify(list.errors)).not.toContain('secret-pass');
});

test('a bare array is a paths file too; broken JSON and the wrong shape are one error each', () => {
  expect(pathsFromFile('p.json', '\uFEFF[{"name":"a","url":"direct"}]').paths).toHaveLength(1);
  expect(pathsFromFile('p.json', '{"paths": [').errors).toEqual([{ source: 'p.json', code: 'bad-json' }]);
  expect(pathsFromFile('p.json', '{"routes": []}').errors).toEqual([{ source: 'p.json', code: 'bad-shape' }]);
});

test('an argument without a name never echoes its URL, which may hold a password', () => {
  const list = pathsFromArguments(['socks5://me:secret-pass@10.0.0.5:1080', 'ok=direct']);
  expect(list.errors).toEqual([{ source: '--path 1', code: 'no-name' }]);
  expect(list.paths.map((p) => p.spec.name)).toEqual(['ok']);
});

test('merging keeps the first of two routes with the same name and reports the second', () => {
  const merged = mergePathLists(pathsFromArguments(['a=direct', 'b=bind:10.0.0.2']), pathsFromArguments(['a=direct']));
  expect(merged.paths.map((p) => p.spec.name)).toEqual(['a', 'b']);
  expect(merged.errors).toEqual([{ source: '--path 1', code: 'duplicate-name', name: 'a' }]);
});
