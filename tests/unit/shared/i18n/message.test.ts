import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import { catalogParameters, renderMessage, verdictText } from '../../../../src-main/shared/i18n/message.ts';
import type { PathVerdict, SummaryMessage } from '../../../../src-main/shared/verdict.ts';

const en = createTranslator('en');
const az = createTranslator('az');
const ru = createTranslator('ru');

const message = (key: string, params: SummaryMessage['params'] = {}): SummaryMessage => ({ key, params });

function verdict(overrides: Partial<PathVerdict>): PathVerdict {
  return {
    path: 'direct',
    status: 'ok',
    confidence: 'high',
    reason: 'matches-control',
    evidence: [],
    params: {},
    ...overrides,
  };
}

describe('createTranslator', () => {
  test('speaks every language', () => {
    expect([en('status.sni-filtering'), az('status.sni-filtering'), ru('status.sni-filtering')]).toEqual([
      'Blocked by site name',
      'Sayt adına görə bloklanıb',
      'Блокировка по имени сайта',
    ]);
  });
});

describe('renderMessage', () => {
  test.each([
    [1, '1 сайт из 30 заблокирован в вашей сети.'],
    [3, '3 сайта из 30 заблокированы в вашей сети.'],
    [5, '5 сайтов из 30 заблокированы в вашей сети.'],
    [11, '11 сайтов из 30 заблокированы в вашей сети.'],
    [21, '21 сайт из 30 заблокирован в вашей сети.'],
    [22, '22 сайта из 30 заблокированы в вашей сети.'],
  ])('Russian summary.blocked with %i', (count, expected) => {
    expect(renderMessage(ru, message('summary.blocked', { count, total: 30 }))).toBe(expected);
  });

  test.each([
    [1, '1 сайт не работает нигде (это не блокировка).'],
    [3, '3 сайта не работают нигде (это не блокировка).'],
    [5, '5 сайтов не работают нигде (это не блокировка).'],
    [21, '21 сайт не работает нигде (это не блокировка).'],
  ])('Russian summary.down with %i', (count, expected) => {
    expect(renderMessage(ru, message('summary.down', { count }))).toBe(expected);
  });

  test('English and Azerbaijani plurals', () => {
    expect(renderMessage(en, message('summary.blocked', { count: 1, total: 4 }))).toBe(
      '1 of 4 is blocked on your network.',
    );
    expect(renderMessage(en, message('summary.blocked', { count: 3, total: 4 }))).toBe(
      '3 of 4 are blocked on your network.',
    );
    expect(renderMessage(en, message('summary.nothing-blocked', { count: 1 }))).toBe(
      'Nothing is blocked: the site tested works.',
    );
    expect(renderMessage(en, message('summary.nothing-blocked', { count: 6 }))).toBe(
      'Nothing is blocked: all 6 tested work.',
    );
    expect(renderMessage(az, message('summary.nothing-blocked', { count: 1 }))).toBe(
      'Heç nə bloklanmayıb: yoxlanılan 1 sayt işləyir.',
    );
    expect(renderMessage(az, message('summary.nothing-blocked', { count: 6 }))).toBe(
      'Heç nə bloklanmayıb: yoxlanılan 6 saytın hamısı işləyir.',
    );
    expect(renderMessage(az, message('summary.blocked', { count: 3, total: 4 }))).toBe(
      'Yoxlanılan 4 saytdan 3 sayt şəbəkənizdə bloklanıb.',
    );
  });

  test('a status parameter is shown by its name in the language', () => {
    const kind = message('summary.kind', { status: 'sni-filtering', count: 2 });
    expect(renderMessage(en, kind)).toBe('Blocked by site name: 2.');
    expect(renderMessage(az, kind)).toBe('Sayt adına görə bloklanıb: 2.');
    expect(renderMessage(ru, kind)).toBe('Блокировка по имени сайта: 2.');
    expect(renderMessage(ru, message('summary.kind', { status: 'dns-tampering', count: 5 }))).toBe(
      'Неверный адрес от DNS: 5.',
    );
  });

  test('a status that is no verdict status is shown as it is', () => {
    expect(renderMessage(en, message('summary.kind', { status: 'teapot', count: 1 }))).toBe('teapot: 1.');
  });

  test('route names and lists', () => {
    const restores = message('summary.route-restores', { route: 'tor', count: 3, total: 4 });
    expect(renderMessage(en, restores)).toBe('“tor” restores 3 of 4.');
    expect(renderMessage(az, restores)).toBe('“tor” marşrutu 4 saytdan 3 sayta girişi bərpa edir.');
    expect(renderMessage(ru, restores)).toBe('«tor» возвращает доступ к 3 сайтам из 4.');
    expect(renderMessage(ru, message('summary.route-restores', { route: 'vpn', count: 21, total: 25 }))).toBe(
      '«vpn» возвращает доступ к 21 сайту из 25.',
    );
    // The engine also passes `total`, which the sentence does not use.
    const cheapest = message('summary.cheapest-route', { route: 'socks', total: 3 });
    expect(renderMessage(en, cheapest)).toBe('The simplest fix for everything blocked: “socks”.');
    expect(renderMessage(ru, cheapest)).toBe('Самый простой способ обойти все блокировки: «socks».');
    const calls = message('summary.calls-restored', { routes: 'tor, vpn' });
    expect(renderMessage(az, calls)).toBe(
      'Zənglər (səsli və görüntülü) bloklanıb; onları “tor, vpn” ilə bərpa etmək olar.',
    );
  });

  test('sentences without parameters', () => {
    expect(renderMessage(en, message('summary.calls-ok'))).toBe('Calls (voice and video) get through.');
    expect(renderMessage(az, message('summary.calls-ok'))).toBe('Zənglər (səsli və görüntülü) keçir.');
    expect(renderMessage(ru, message('summary.calls-ok'))).toBe('Звонки (голосовые и видео) проходят.');
  });

  test('a missing parameter renders as nothing, never as {{name}}', () => {
    expect(renderMessage(en, message('summary.route-broken'))).toBe('The route “” does not work; it was left out.');
    expect(renderMessage(ru, message('summary.blocked', { count: 2 }))).toBe('2 сайта из  заблокированы в вашей сети.');
  });

  test('a count given as text still picks the plural form', () => {
    expect(renderMessage(ru, message('summary.down', { count: '5' }))).toBe(
      '5 сайтов не работают нигде (это не блокировка).',
    );
  });

  test('a parameter named like an i18next option is only a parameter', () => {
    expect(renderMessage(ru, message('summary.route-broken', { route: 'x', lng: 'en' }))).toBe(
      'Маршрут «x» не работает; он не учитывался.',
    );
  });
});

describe('verdictText', () => {
  const tlsReset = verdict({
    status: 'tls-blocked',
    confidence: 'high',
    reason: 'tls-reset',
    params: { afterClientHelloMs: 12, connectRttMs: 40 },
  });

  test('English', () => {
    expect(verdictText(en, tlsReset)).toEqual({
      name: 'Secure connection cut',
      explain: 'The secure (HTTPS) connection to the site is cut off while it is being set up.',
      helps: 'A VPN, Tor or a proxy helps; sometimes splitting the first message of the connection does.',
      reason: 'The connection was reset 12 ms after the site’s name was sent (a round trip takes 40 ms).',
      confidence: 'sure',
    });
  });

  test('Azerbaijani', () => {
    expect(verdictText(az, tlsReset)).toEqual({
      name: 'Təhlükəsiz bağlantı kəsilir',
      explain: 'Sayta təhlükəsiz (HTTPS) bağlantı qurularkən kəsilir.',
      helps: 'VPN, Tor və ya proksi kömək edir; bəzən bağlantının ilk mesajını hissələrə bölmək də kömək edir.',
      reason: 'Saytın adı göndəriləndən 12 ms sonra bağlantı sıfırlandı (gediş-gəliş 40 ms çəkir).',
      confidence: 'dəqiq',
    });
  });

  test('Russian', () => {
    expect(verdictText(ru, tlsReset)).toEqual({
      name: 'Защищённое соединение обрывается',
      explain: 'Защищённое соединение (HTTPS) с сайтом обрывается ещё во время установки.',
      helps: 'Помогают VPN, Tor или прокси; иногда помогает и разделение первого сообщения соединения на части.',
      reason: 'Соединение сброшено через 12 мс после отправки имени сайта (путь туда и обратно занимает 40 мс).',
      confidence: 'точно',
    });
  });

  test('the status parameter of a reason is an HTTP status, not a verdict status', () => {
    const differs = verdict({
      status: 'http-blockpage',
      confidence: 'medium',
      reason: 'status-differs',
      params: { status: 403, controlStatus: 200 },
    });
    expect(verdictText(en, differs).reason).toBe('The server answered 403 where the control got 200.');
    expect(verdictText(ru, differs)).toMatchObject({
      name: 'Страница блокировки',
      reason: 'Сервер ответил кодом 403, а через контрольный маршрут — 200.',
      confidence: 'вероятно',
    });
  });

  test('a missing parameter renders as nothing', () => {
    const untrusted = verdict({ status: 'tls-mitm', reason: 'cert-untrusted', confidence: 'low' });
    expect(verdictText(en, untrusted).reason).toBe(
      'The certificate was issued by “”, which your device does not trust.',
    );
    expect(verdictText(az, untrusted)).toMatchObject({
      reason: 'Sertifikatı cihazınızın etibar etmədiyi “” verib.',
      confidence: 'ola bilər',
    });
    expect(verdictText(ru, untrusted).reason).toBe(
      'Сертификат выдан издателем «», которому ваше устройство не доверяет.',
    );
  });
});

test('catalogParameters reads the English string, or all its plural forms', () => {
  expect(catalogParameters('reason.tls-reset')).toEqual(['afterClientHelloMs', 'connectRttMs']);
  expect(catalogParameters('summary.nothing-blocked')).toEqual(['count']);
  expect(catalogParameters('summary.calls-ok')).toEqual([]);
  expect(catalogParameters('no.such.key')).toEqual([]);
});
