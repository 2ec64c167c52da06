import type { Catalog } from './en.ts';

/**
 * The Azerbaijani catalog (Latin script). Plain words in `status.*`, technical
 * detail in `reason.*`. Azerbaijani plurals have two forms (`_one`, `_other`) and a
 * noun after a number stays singular ("3 sayt"). Suffixes are never glued to a
 * `{{parameter}}`: a noun follows it instead (“Tor” marşrutu), so vowel harmony
 * never depends on a value.
 */
export const AZ: Catalog = {
  'status.ok': 'İşləyir',
  'status.ok.explain': 'Sayt açıldı və şəbəkənizdən kənardakı ilə eyni səhifəni göstərdi.',
  'status.ok.helps': 'Heç nə etmək lazım deyil.',
  'status.dns-tampering': 'DNS yanlış ünvan verir',
  'status.dns-tampering.explain':
    'Şəbəkənizin ünvan kitabçası (DNS) bu sayt üçün yanlış, saxta və ya boş ünvan verir, ona görə də cihazınız sayta çata bilmir.',
  'status.dns-tampering.helps':
    'Adətən şifrələnmiş DNS (HTTPS üzərindən DNS) bunu həll edir; VPN, Tor və əksər proksilər də kömək edir.',
  'status.tcp-blocked': 'Ünvan bloklanıb',
  'status.tcp-blocked.explain':
    'Saytın ünvanlarına bağlantılar cavabsız qalır: şəbəkə onları səssizcə atır (IP üzrə bloklama).',
  'status.tcp-blocked.helps': 'Yalnız başqa şəbəkədən keçən marşrut kömək edir: VPN, Tor və ya proksi.',
  'status.tcp-reset': 'Bağlantı rədd edilir',
  'status.tcp-reset.explain': 'Sayta qurulan hər bağlantı elə başlanğıcda kəsilir.',
  'status.tcp-reset.helps': 'Yalnız başqa şəbəkədən keçən marşrut kömək edir: VPN, Tor və ya proksi.',
  'status.tls-blocked': 'Təhlükəsiz bağlantı kəsilir',
  'status.tls-blocked.explain': 'Sayta təhlükəsiz (HTTPS) bağlantı qurularkən kəsilir.',
  'status.tls-blocked.helps':
    'VPN, Tor və ya proksi kömək edir; bəzən bağlantının ilk mesajını hissələrə bölmək də kömək edir.',
  'status.sni-filtering': 'Sayt adına görə bloklanıb',
  'status.sni-filtering.explain':
    'Şəbəkə təhlükəsiz bağlantının əvvəlində saytın adını oxuyur və bağlantını kəsir. Ad gizlədiləndə və ya hissələrə bölünəndə eyni server işləyir.',
  'status.sni-filtering.helps':
    'Bağlantının ilk mesajını hissələrə bölmək (tls-split, tcp-split) çox vaxt kömək edir; VPN, Tor və ya proksi isə həmişə kömək edir.',
  'status.tls-mitm': 'Bağlantı ələ keçirilib',
  'status.tls-mitm.explain':
    'Şəbəkənizdə kimsə məlumatlarınızı oxumaq və ya bloklamaq üçün bu saytın adından saxta sertifikat təqdim edir. Orada parol daxil etməyin.',
  'status.tls-mitm.helps':
    'VPN, Tor və ya etibarlı proksidən istifadə edin; sertifikat xəbərdarlığını heç vaxt qəbul etməyin.',
  'status.http-blockpage': 'Bloklama səhifəsi',
  'status.http-blockpage.explain':
    'Şəbəkəniz saytın əvəzinə başqa səhifə göstərir — çox vaxt saytın bloklandığı barədə bildiriş.',
  'status.http-blockpage.helps':
    'Saytı https:// ilə açmaq kömək edə bilər; VPN, Tor və ya proksi isə mütləq kömək edir.',
  'status.http-blocked': 'Sorğu kəsilir',
  'status.http-blocked.explain': 'Bağlantı açılır, amma cihazınız səhifəni istəyən kimi kəsilir.',
  'status.http-blocked.helps': 'Saytı https:// ilə açmaq kömək edə bilər; VPN, Tor və ya proksi isə mütləq kömək edir.',
  'status.throttled': 'Yavaşladılıb',
  'status.throttled.explain':
    'Sayt açılır, amma şəbəkənizdən kənardakından xeyli yavaş işləyir və ya bir neçə kilobaytdan sonra donub qalır.',
  'status.throttled.helps': 'Adətən VPN, Tor və ya proksi sürəti bərpa edir.',
  'status.udp-blocked': 'Zənglər bloklanıb',
  'status.udp-blocked.explain':
    'Səsli və görüntülü zəngləri qurmaq üçün istifadə olunan xidmət şəbəkənizdə cavab vermir, ona görə də zənglər baş tutmur.',
  'status.udp-blocked.helps': 'VPN və ya UDP ötürən proksi (SOCKS5) zəngləri bərpa edə bilər.',
  'status.site-refuses': 'Sayt şəbəkənizi qəbul etmir',
  'status.site-refuses.explain':
    'Saytın özü şəbəkənizdən gələnlərə xəta və ya “insan olduğunuzu sübut edin” səhifəsi göstərir, digərlərinə isə öz səhifəsini. Onu şəbəkəniz bloklamır: sayt özü (ölkənizə və ya şəbəkənizin ünvanına görə) qəbul etmir.',
  'status.site-refuses.helps': 'Başqa ölkədən keçən marşrut kömək edir: VPN, Tor və ya proksi.',
  'status.down': 'Sayt işləmir',
  'status.down.explain': 'Sayt heç yerdən, hətta şəbəkənizdən kənardan da açılmır. O bloklanmayıb, sadəcə işləmir.',
  'status.down.helps': 'Bir az sonra yenidən cəhd edin.',
  'status.path-failed': 'Marşrut işləmir',
  'status.path-failed.explain':
    'Bu marşrutun özü işləmir (proksiyə qoşulmaq olmur və ya o bizi rədd etdi), ona görə də sayt haqqında heç nə demir.',
  'status.path-failed.helps':
    'Marşrutun ünvanını, istifadəçi adını və parolunu yoxlayın, ya da onun işlədiyinə əmin olun.',
  'status.inconclusive': 'Aydın deyil',
  'status.inconclusive.explain': 'Saytın bloklanıb-bloklanmadığını demək üçün kifayət qədər sübut yoxdur.',
  'status.inconclusive.helps':
    'Başqa şəbəkədən keçən marşrut (proksi, Tor və ya VPN) əlavə edin və yoxlamanı yenidən başladın.',

  'confidence.high': 'dəqiq',
  'confidence.medium': 'çox güman',
  'confidence.low': 'ola bilər',

  'reason.matches-control': 'Səhifə müqayisə marşrutundakı ilə eynidir.',
  'reason.reachable-no-control': 'Səhifə açıldı; onu müqayisə etmək üçün şəbəkənizdən kənara çıxan marşrut yox idi.',
  'reason.is-control': 'Digər marşrutlar bu marşrutla müqayisə olunur.',
  'reason.dns-differs-valid-certificate':
    'DNS şifrələnmiş DNS-dən fərqli ünvan verdi ({{addresses}}), amma oradakı serverin bu ad üçün etibarlı sertifikatı var: bu, saxtakarlıq deyil, məzmun çatdırılma şəbəkəsidir (CDN).',
  'reason.site-content-differs':
    'Səhifə (“{{title}}”) müqayisə marşrutundakından (“{{controlTitle}}”) fərqlidir, amma etibarlı sertifikatın arxasından saytın özündən gəlib: saytın sizin regionunuz üçün versiyası.',
  'reason.dns-differs-same-content':
    'DNS şifrələnmiş DNS-dən fərqli ünvan verdi ({{addresses}}), amma oradakı səhifə müqayisə marşrutundakı ilə eynidir.',
  'reason.dns-nxdomain': 'DNS belə adın mövcud olmadığını deyir, halbuki başqa DNS serverləri onun ünvanını tapır.',
  'reason.dns-bogon':
    'DNS heç bir ictimai saytda olmayan şəxsi və ya ehtiyatda saxlanılan ünvanla ({{addresses}}) cavab verdi.',
  'reason.dns-injection':
    'Bir DNS sorğusuna iki fərqli cavab bir-biri ilə yarışaraq gəldi: yolda kimsə onlardan birini saxta göndərib.',
  'reason.dns-wrong-address':
    'DNS {{addresses}} ünvanını, şifrələnmiş DNS isə {{expected}} ünvanını verdi; birinci ünvanda cavab verən bu sayt deyil.',
  'reason.dns-failure': 'Şəbəkənizin DNS-i yararlı cavab vermədi ({{failure}}), digər DNS serverləri isə verdi.',
  'reason.dns-ghost':
    'Şəbəkənizin DNS-i mövcud olmayan ad üçün ünvan verdi ({{addresses}}): şifrələnmiş DNS belə adın olmadığını deyir.',
  'reason.tcp-timeout': 'Saytın ünvanlarına bağlantılar ayrılan vaxt ərzində cavab almadı.',
  'reason.tcp-unreachable': 'Şəbəkə saytın ünvanlarının əlçatmaz olduğunu bildirir.',
  'reason.tcp-refused': 'Bağlantılar dərhal rədd edildi (ilk paketə cavab olaraq sıfırlama gəldi).',
  'reason.tcp-reset': 'Bağlantılar açılarkən sıfırlandı.',
  'reason.tls-reset':
    'Saytın adı göndəriləndən {{afterClientHelloMs}} ms sonra bağlantı sıfırlandı (gediş-gəliş {{connectRttMs}} ms çəkir).',
  'reason.tls-eof': 'Saytın adı göndəriləndən dərhal sonra bağlantı bağlandı.',
  'reason.tls-timeout': 'Saytın adı göndəriləndən sonra təhlükəsiz bağlantının qurulmasına (TLS) cavab gəlmədi.',
  'reason.tls-alert': 'Təhlükəsiz bağlantının qurulması (TLS) xəta bildirişi ilə dayandırıldı.',
  'reason.tls-error': 'Təhlükəsiz bağlantını (TLS) qurmaq alınmadı.',
  'reason.sni-decoy-passes':
    'Saytın adı əvəzinə başqa ad göndəriləndə eyni server cavab verir ({{provenBy}}): bloklama addan asılıdır.',
  'reason.split-passes':
    'İlk mesaj hissələrə bölünəndə eyni server cavab verir ({{provenBy}}): bloklama saytın adını oxuyur.',
  'reason.cert-untrusted': 'Sertifikatı cihazınızın etibar etmədiyi “{{issuer}}” verib.',
  'reason.cert-name-mismatch': '“{{issuer}}” tərəfindən verilmiş sertifikat bu sayt üçün deyil.',
  'reason.cert-expired': '“{{issuer}}” tərəfindən verilmiş sertifikatın müddəti bitib və ya hələ qüvvəyə minməyib.',
  'reason.blockpage-fingerprint': 'Məlum bloklama səhifəsi ({{fingerprint}}).',
  'reason.status-unavailable-legal': 'Server 451 kodu ilə cavab verdi (“Hüquqi səbəblərə görə əlçatan deyil”).',
  'reason.status-differs':
    'Server {{status}} kodu ilə cavab verdi, müqayisə marşrutunda isə {{controlStatus}} kodu alındı.',
  'reason.content-differs':
    'Səhifə (“{{title}}”) müqayisə marşrutundakından (“{{controlTitle}}”) başlığı və ölçüsü ilə fərqlənir (onun uzunluğunun {{bodyProportion}} hissəsi).',
  'reason.http-reset': 'Sorğu göndəriləndən sonra bağlantı sıfırlandı.',
  'reason.http-timeout': 'Sorğu göndəriləndən sonra cavab gəlmədi.',
  'reason.http-eof': 'Sorğu göndəriləndən sonra bağlantı bağlandı.',
  'reason.http-error': 'Cavab zədələnmişdi və ya yönləndirmələr dövrəyə düşdü.',
  'reason.slow-throughput':
    'Saniyədə {{kilobytesPerSecond}} KB, müqayisə marşrutunda isə {{controlKilobytesPerSecond}} KB (onun {{percentOfControl}}%-i).',
  'reason.stall-window':
    'Yükləmə {{stalledAtBytes}} baytdan sonra dondu — məlum yavaşlatma növlərindən biri belə edir.',
  'reason.stall': 'Yükləmə {{stalledAtBytes}} baytdan sonra dayandı.',
  'reason.udp-no-answer': 'Zəngin qurulması üçün göndərilən sorğulara (STUN) cavab yoxdur.',
  'reason.site-status-differs':
    'Sayt öz etibarlı sertifikatı ilə şəbəkənizə {{status}} cavabını verdi, müqayisə marşrutu isə {{controlStatus}} aldı.',
  'reason.site-bot-wall':
    'Sayt öz etibarlı sertifikatı ilə {{status}} cavabı və “insan olduğunuzu sübut edin” və ya giriş qadağası səhifəsi verdi ({{wall}}).',
  'reason.site-legal-451':
    'Saytın özü öz etibarlı sertifikatı ilə 451 (hüquqi səbəblərə görə əlçatmazdır) cavabını verdi.',
  'reason.name-not-found': 'Belə ad yoxdur: nə şəbəkənizdə, nə şifrələnmiş DNS-də, nə də digər marşrutlarınızda.',
  'reason.site-certificate-invalid':
    'Sayt bütün marşrutlara eyni sertifikatı verir; onu “{{issuer}}” verib və ona etibar edilmir: bu, aradakı kiminsə deyil, saytın öz problemidir.',
  'reason.offline':
    'Heç nəyə, hətta neytral saytlara da çatmaq mümkün olmadı: bu cihaz internetə qoşulmayıb kimi görünür, ona görə heç nə bloklanmış sayılmır.',
  'reason.captive-portal':
    'Bütün saytların yerinə giriş səhifəsi cavab verdi (otel və ya kafe Wi-Fi-ında olduğu kimi), ona görə heç nə bloklanmış sayılmır.',
  'reason.no-reference':
    'Alınmadı ({{failure}}), başqa heç bir marşrut da sayta çatmadı: işləməyən sayt da eyni cür görünür, ona görə bu, bloklama adlandırılmır.',
  'reason.congestion':
    'Bağlantı gözləmə müddətini keçdi, amma onun açılması adi {{baselineMs}} ms əvəzinə {{connectMs}} ms çəkdi: bu, bloklama deyil, şəbəkənin tıxanmasıdır.',
  'reason.transient-failure': 'Bir dəfə alınmadı, yenidən ölçüləndə isə işlədi.',
  'reason.certificate-unverified':
    'Sertifikatı “{{issuer}}” verib və ona etibar edilmir; şəbəkənizdən kənara çıxan heç bir marşrut onun saytın öz sertifikatı olub-olmadığını göstərmədi. Orada parol daxil etməyin.',
  'reason.refused-or-blocked-unencrypted':
    'Xəta səhifəsi ({{status}}) şifrələnməmiş HTTP ilə gəldi; yolda hər kəs belə cavab verə bilər: onu şəbəkə bloklayıb, yoxsa sayt qəbul etmir, şifrələmə olmadan bilmək mümkün deyil.',
  'reason.upstream-failure': 'Bu marşrut sayta çata bilmədi: onun proksisi öz xətası ilə cavab verdi.',
  'detail.redirect-hop': 'Bu, səhifənin yönləndirdiyi {{hop}} ünvanında baş verdi.',
  'reason.fails-everywhere': 'Müqayisə marşrutu da daxil olmaqla, bütün marşrutlarda alınmır.',
  'reason.route-check-failed': 'Marşrut istifadədən əvvəl yoxlamadan keçmədi.',
  'reason.route-failed': 'Marşrut ölçmə zamanı sıradan çıxdı.',
  'reason.unexplained-failure': 'Heç bir qaydanın izah etmədiyi xəta baş verdi ({{failure}}).',
  'reason.not-measurable': 'Bu marşrut bu növ yoxlama üçün yararlı deyil (UDP ötürməyən proksi üzərindən zənglər).',
  'reason.not-measured': 'Ölçülmədi: yoxlama daha əvvəl ləğv edildi.',

  'cli.what-this-means': 'Bu nə deməkdir:',
  'cli.per-site': 'Hər sayt üzrə:',
  'cli.nothing-measured':
    'Heç nə ölçülə bilmədi: bütün qeydlər rədd edildi (yuxarıdakı sətirlərə baxın), ona görə bloklama haqqında heç nə məlum deyil.',
  'cli.restored-by': 'Bu marşrutlarla işləyir: {{routes}}',
  'cli.not-restored-by': 'Bu marşrutlarla yenə də bloklanıb: {{routes}}',
  'cli.verdict-column': 'Şəbəkəniz',

  'summary.no-control':
    'Marşrutlarınızın heç biri şəbəkənizdən kənara çıxmır, ona görə də nəticələr yalnız şifrələnmiş DNS və yerli üsullarla müqayisə olunur və daha az etibarlıdır.',
  'summary.direct-only':
    'Yalnız öz bağlantınız yoxlanıldı. Girişi nəyin bərpa etdiyini öyrənmək və daha dəqiq nəticə almaq üçün proksi, Tor və ya VPN əlavə edin.',
  'summary.route-broken': '“{{route}}” marşrutu işləmir; o, nəzərə alınmadı.',
  'summary.offline':
    'Deyəsən, internetə qoşulmamısınız: heç nəyə, hətta Detour-un əvvəlcə yoxladığı neytral saytlara da çatmaq mümkün olmadı. Heç nə bloklanmış sayılmır. Bağlantınızı yoxlayın və yenidən başladın.',
  'summary.captive-portal':
    'Qarşıda giriş səhifəsi var (otel, kafe və ya hava limanı Wi-Fi-ında olduğu kimi). Brauzeri açın, daxil olun və yenidən başladın. Heç nə bloklanmış sayılmır.',
  'summary.limited':
    'Detour-un əvvəlcə yoxladığı neytral saytların heç birinə çatmaq olmadı, halbuki şəbəkəniz cavab verir: onlar işləmir və ya burada bloklanıb. Nəticələr daha az dəqiqdir.',
  'summary.controls-unreachable':
    'Neytral saytların heç birinə heç bir marşrutla çatmaq olmadı, ona görə “{{routes}}” marşrutlarının işlədiyi sübut olunmayıb; onlardan yenə də istifadə olundu və nəticələr daha az dəqiqdir.',
  'summary.nothing-blocked_one': 'Heç nə bloklanmayıb: yoxlanılan {{count}} sayt işləyir.',
  'summary.nothing-blocked_other': 'Heç nə bloklanmayıb: yoxlanılan {{count}} saytın hamısı işləyir.',
  'summary.none-blocked_one': 'Şəbəkənizdə heç nə bloklanmayıb; {{total}} saytdan {{count}} sayt işləyir.',
  'summary.none-blocked_other': 'Şəbəkənizdə heç nə bloklanmayıb; {{total}} saytdan {{count}} sayt işləyir.',
  'summary.blocked_one': 'Yoxlanılan {{total}} saytdan {{count}} sayt şəbəkənizdə bloklanıb.',
  'summary.blocked_other': 'Yoxlanılan {{total}} saytdan {{count}} sayt şəbəkənizdə bloklanıb.',
  'summary.kind_one': '{{status}}: {{count}}.',
  'summary.kind_other': '{{status}}: {{count}}.',
  'summary.site-refuses_one': '{{count}} sayt şəbəkənizdən gələnləri özü qəbul etmir (bu, bloklama deyil).',
  'summary.site-refuses_other': '{{count}} sayt şəbəkənizdən gələnləri özü qəbul etmir (bu, bloklama deyil).',
  'summary.down_one': '{{count}} sayt heç yerdə işləmir (bloklanmayıb).',
  'summary.down_other': '{{count}} sayt heç yerdə işləmir (bloklanmayıb).',
  'summary.route-restores_one': '“{{route}}” marşrutu {{total}} saytdan {{count}} sayta girişi bərpa edir.',
  'summary.route-restores_other': '“{{route}}” marşrutu {{total}} saytdan {{count}} sayta girişi bərpa edir.',
  'summary.cheapest-route': 'Bütün bloklanmış saytlar üçün ən sadə həll: “{{route}}”.',
  'summary.best-route': 'Ən çox saytı “{{route}}” marşrutu bərpa edir: {{total}} saytdan {{count}} sayt.',
  'summary.no-route-restores': 'Marşrutlarınızın heç biri girişi bərpa etmir.',
  'summary.calls-ok': 'Zənglər (səsli və görüntülü) keçir.',
  'summary.calls-blocked': 'Zənglər (səsli və görüntülü) bloklanıb və marşrutlarınızın heç biri onları bərpa etmir.',
  'summary.calls-restored': 'Zənglər (səsli və görüntülü) bloklanıb; onları “{{routes}}” ilə bərpa etmək olar.',
  'summary.calls-inconclusive': 'Zənglərin keçib-keçmədiyi aydın deyil.',
  'summary.key-works_one': 'Outline açarınız “{{route}}” işləyir və {{total}} bloklanmış saytdan {{count}} saytı açır.',
  'summary.key-works_other':
    'Outline açarınız “{{route}}” işləyir və {{total}} bloklanmış saytdan {{count}} saytı açır.',
  'summary.key-works-nothing-blocked': 'Outline açarınız “{{route}}” işləyir.',
  'summary.key-no-udp':
    'Outline açarınız “{{route}}” zəngləri ötürmür: onun serveri zənglər üçün lazım olan UDP-ni ötürmür, başqa marşrut isə ötürür.',
  'summary.key-address-blocked': 'Outline açarınız “{{route}}” bloklanıb: onun serverinin ünvanı cavab vermir.',
  'summary.key-server-refused':
    'Outline açarınız “{{route}}” işləmir: onun serveri bağlantıları rədd edir (söndürülmüş ola bilər və ya portu bloklanıb).',
  'summary.key-reset':
    'Outline açarınız “{{route}}” bloklanıb: serverinə bağlantılar ilk baytlardan dərhal sonra kəsilir (senzor və ya server onları rədd edir).',
  'summary.key-wrong-likely':
    'Outline açarınız “{{route}}” işləmir: onun serveri bağlantını qəbul edir, lakin öz bağlantınızın açdığı {{count}} neytral saytın heç birinə cavab vermir. Yəqin ki, parol və ya şifrə səhvdir (server səhv açara susur); yeni açar istəyin.',
  'summary.key-missing': '“{{route}}” marşrutunun Outline açarı yoxdur: onu yenidən daxil edin.',
  'summary.key-config-blocked.dns':
    'Outline açarınız “{{route}}” bloklanıb: onun yükləndiyi ünvan şəbəkənizdə tapılmır.',
  'summary.key-config-blocked.reset':
    'Outline açarınız “{{route}}” bloklanıb: onu ünvanından yükləmək kəsilir (sıfırlanır və ya rədd edilir).',
  'summary.key-config-blocked.timeout': 'Outline açarınız “{{route}}” bloklanıb: onun yükləndiyi ünvan cavab vermir.',
  'summary.key-config-blocked.certificate':
    'Outline açarınız “{{route}}” yüklənə bilmədi: ünvanı etibarsız sertifikat təqdim edir (kimsə müdaxilə edə bilər).',
  'summary.key-config-blocked.other': 'Outline açarınız “{{route}}” ünvanından yüklənə bilmədi.',
  'summary.residual-blocking':
    'Şəbəkəniz bloklanmış saytlardan sonra bir müddət neytral saytı da blokladı: bu, bəzi nəticələrə təsir edə bilər. Əmin olmaq üçün yoxlamanı bir az sonra yenidən başladın.',
  // Whether the network reached the outside at all (summary.network).
  'network.state.online': 'İnternet var idi',
  'network.state.limited': 'Məhdud: heç bir neytral sayt cavab vermədi',
  'network.state.captive': 'Qarşıda giriş səhifəsi var idi',
  'network.state.offline': 'İnternet yox idi: heç nəyə çatmaq olmadı',
  'network.state.not-checked': 'Yoxlanılmayıb: neytral sayt yox idi',
};
