import type { RegionPack } from '../catalog.ts';

/*
 * Azerbaijan: sites reported blocked there, each with its source. Written for
 * Detour from these reports (no third-party test list is copied):
 *
 * [OONI 2021]  OONI and Azerbaijan Internet Watch, "Media censorship in Azerbaijan
 *              through the lens of network measurement", 2 July 2021 (measurements
 *              January 2020 – May 2021).
 * [OONI 2023]  OONI and Azerbaijan Internet Watch, "OONI measurements show ongoing
 *              internet censorship in Azerbaijan", 28 February 2023 (measurements
 *              January 2022 – February 2023).
 * [Court 2017] Sabail District Court, Baku, ruling of 12 May 2017 on the Ministry of
 *              Transport, Communications and High Technologies' suit: azadliq.info,
 *              azadliq.org, meydan.tv, Azərbaycan Saatı and Turan TV blocked (as
 *              reported by JAMnews and RFE/RL; CPJ protested the suit on 28 April 2017).
 *
 * Both OONI reports saw the blocking as timeouts after the TLS ClientHello, varying
 * from network to network: SNI filtering by DPI, which Detour's routes can tell.
 */
export const AZ_PACK: RegionPack = {
  code: 'az',
  name: 'Azerbaijan',
  entries: [
    // Radio Azadliq, RFE/RL's Azerbaijani service: blocked since 27 March 2017 (RFE/RL
    // press release, April 2017, citing Qurium), [Court 2017], [OONI 2021], [OONI 2023].
    {
      input: 'https://www.azadliq.org/',
      category: 'news',
      name: 'Radio Azadliq (RFE/RL)',
      brand: 'Radio Azadliq (RFE/RL)',
      kind: 'website',
      note: 'court order, May 2017',
    },
    // RFE/RL's main site: [OONI 2021], [OONI 2023].
    { input: 'https://www.rferl.org/', category: 'news', name: 'RFE/RL', brand: 'RFE/RL', kind: 'website' },
    // [Court 2017], [OONI 2021], [OONI 2023].
    {
      input: 'https://www.meydan.tv/',
      category: 'news',
      name: 'Meydan TV',
      brand: 'Meydan TV',
      kind: 'website',
      note: 'court order, May 2017',
    },
    // The opposition newspaper Azadliq: [Court 2017], [OONI 2021], [OONI 2023].
    {
      input: 'https://www.azadliq.info/',
      category: 'news',
      name: 'Azadliq newspaper',
      brand: 'Azadlıq qəzeti',
      kind: 'website',
      note: 'court order, May 2017',
    },
    // Abzas Media's first domain: inaccessible in Azerbaijan since 6 March 2017 (its
    // editor Ulvi Hasanli to Meydan TV, "Blocking of websites in Azerbaijan moving
    // ahead at full steam", 2017), [OONI 2021], [OONI 2023].
    {
      input: 'https://www.abzas.net/',
      category: 'news',
      name: 'Abzas Media (abzas.net)',
      brand: 'Abzas Media (abzas.net)',
      kind: 'website',
    },
    // Abzas Media's current domain (Turan, "Search started in Abzas Media's office",
    // 20 November 2023). The E-Security Service told the staff's lawyers that abzas.net
    // and abzas.org were restricted by a Yasamal District Court decision of
    // 29 November 2023 (reported by Azerbaycan24 / 24saat.org).
    {
      input: 'https://abzas.org/',
      category: 'news',
      name: 'Abzas Media (abzas.org)',
      brand: 'Abzas Media (abzas.org)',
      kind: 'website',
      note: 'court order, November 2023',
    },
    // [Court 2017]; [OONI 2023] measured it over plain HTTP and saw no success on any
    // of the most tested networks.
    {
      input: 'http://azerbaycansaati.tv/',
      category: 'news',
      name: 'Azərbaycan Saatı',
      brand: 'Azərbaycan Saatı',
      kind: 'website',
      note: 'court order, May 2017',
    },
    // Azerbaycan24 (24saat.org): [OONI 2021], [OONI 2023].
    {
      input: 'https://www.24saat.org/',
      category: 'news',
      name: 'Azerbaycan24 (24saat)',
      brand: 'Azerbaycan24 (24saat)',
      kind: 'website',
    },
    // Gunun Sesi, reportedly blocked since August 2018 (Freedom House, "Freedom on the
    // Net 2020: Azerbaijan", cited by [OONI 2021]); [OONI 2021], [OONI 2023].
    { input: 'https://www.gununsesi.org/', category: 'news', name: 'Gunun Sesi', brand: 'Gunun Sesi', kind: 'website' },
    // OCCRP, blocked since September 2017 after "The Azerbaijani Laundromat" (Meydan
    // TV, cited by [OONI 2021]); [OONI 2021], [OONI 2023].
    { input: 'https://www.occrp.org/', category: 'news', name: 'OCCRP', brand: 'OCCRP', kind: 'website' },
    // Amerikanın Səsi, VOA's Azerbaijani service: blocked 30 November – 2 December 2016
    // and again from 8 December (Turan, "Access to Radio Liberty and Voice of America
    // blocked again"); Qurium documented that December 2016 interference (RFE/RL
    // press release, April 2017).
    {
      input: 'https://www.amerikaninsesi.org/',
      category: 'news',
      name: 'Amerikanın Səsi (VOA)',
      brand: 'Amerikanın Səsi (VOA)',
      kind: 'website',
      note: 'blocked in December 2016',
    },
    // [OONI 2023]: timeouts on some networks (most on AS29049) from 25 December 2022;
    // OONI's own confidence is limited.
    {
      input: 'https://www.theguardian.com/',
      category: 'news',
      name: 'The Guardian',
      brand: 'The Guardian',
      kind: 'website',
      note: 'some networks since December 2022; unconfirmed',
    },

    // Circumvention tool sites: [OONI 2021] (torproject.org, psiphon.ca, tunnelbear.com,
    // nordvpn.com, protonvpn.com, strongvpn.com) and [OONI 2023] (torproject.org,
    // psiphon.ca, tunnelbear.com, nordvpn.com). Both found Tor and Psiphon themselves
    // mostly reachable: the sites are blocked, not necessarily the tools.
    {
      input: 'https://www.torproject.org/',
      category: 'circumvention',
      name: 'Tor Project',
      brand: 'Tor Project',
      kind: 'website',
    },
    { input: 'https://psiphon.ca/', category: 'circumvention', name: 'Psiphon', brand: 'Psiphon', kind: 'website' },
    {
      input: 'https://www.tunnelbear.com/',
      category: 'circumvention',
      name: 'TunnelBear',
      brand: 'TunnelBear',
      kind: 'website',
    },
    { input: 'https://nordvpn.com/', category: 'circumvention', name: 'NordVPN', brand: 'NordVPN', kind: 'website' },
    {
      input: 'https://protonvpn.com/',
      category: 'circumvention',
      name: 'Proton VPN',
      brand: 'Proton VPN',
      kind: 'website',
    },
    {
      input: 'https://strongvpn.com/',
      category: 'circumvention',
      name: 'StrongVPN',
      brand: 'StrongVPN',
      kind: 'website',
    },

    // Blocked for a while, then lifted: what goes first when tension returns.
    // [OONI 2021]: Facebook, WhatsApp and Telegram during the 2020 war (27 September –
    // 11 November 2020; WhatsApp and Telegram by TLS interference).
    {
      input: 'https://www.facebook.com/',
      category: 'social',
      name: 'Facebook',
      brand: 'Facebook',
      kind: 'website',
      note: 'blocked during the 2020 war',
    },
    {
      input: 'https://web.whatsapp.com/',
      category: 'messaging',
      name: 'WhatsApp web',
      brand: 'WhatsApp',
      kind: 'web-app',
      note: 'blocked during the 2020 war',
    },
    {
      input: 'https://web.telegram.org/',
      category: 'messaging',
      name: 'Telegram web',
      brand: 'Telegram',
      kind: 'web-app',
      note: 'blocked during the 2020 war',
    },
    // [OONI 2023]: TikTok from 13 September to November 2022; the State Security Service
    // announced the suspension on 14 September 2022.
    {
      input: 'https://www.tiktok.com/',
      category: 'social',
      name: 'TikTok',
      brand: 'TikTok',
      kind: 'website',
      note: 'blocked September–November 2022',
    },
  ],
};
