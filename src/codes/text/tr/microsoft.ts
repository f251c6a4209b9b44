/** Registry texts (tr): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.4.312': {
    title: 'Hedef sunucu için DNS sorgusu başarısız oldu',
    meaning:
      'Microsoft 365, iletiyi teslim etmesi gereken sunucunun adını çözümleyemedi: bağlayıcınızdaki akıllı konak (Microsoft arayüzünde “akıllı ana bilgisayar”) için ya da bağlayıcı MX kaydına göre yönlendiriyorsa MX konağı için yapılan DNS sorgusu başarısız oldu veya kullanılabilir bir kayıt döndürmedi. Hiçbir şey gönderilmedi; ileti kuyrukta bekliyor.',
    causes: [
      'Etki alanının yetkili ad sunucuları hata veriyor ya da yanıt vermiyor (DNS barındırma hizmetindeki bir sorun).',
      'Etki alanının (alan adının) süresi dolmuş, bu yüzden kayıtlarının hiçbiri artık çözümlenmiyor.',
      "Akıllı konağın adı yalnızca iç DNS'de var ya da A kaydı veya MX kaydı yakın zamanda değiştirildi ya da silindi ve DNS sunucuları hâlâ eski yanıtı önbellekte tutuyor.",
    ],
    steps: [
      'Hatadaki `Message` alanını okuyun: `InfoNoRecords` adın var olduğunu ama kullanılabilir bir kaydı olmadığını, `ErrorRetry` ise ad sunucularının hata verdiğini ya da ulaşılamadığını gösterir.',
      "Microsoft 365'in hangi adları sorguladığını listeleyin: `Get-OutboundConnector | Format-List Name,SmartHosts,UseMXRecord`.",
      'Bu adları kendi ağınızın dışından çözümleyin: `Resolve-DnsName -Type A <smart-host>`, MX yönlendirmesinde ise `Resolve-DnsName -Type MX <domain>`.',
      'Kayıtları DNS barındırma hizmetine düzelttirin ya da etki alanını sahibine yeniletin; ardından `Validate-OutboundConnector` ile teslimi hemen yeniden deneyin.',
    ],
    classNotes: {
      '4': '450 4.4.312: ileti kuyruğa alınır ve Microsoft 365 onu varsayılan olarak 24 saat boyunca yeniden dener (bu süre `Set-TransportConfig -MessageExpiration` ile değiştirildiyse 12 ile 24 saat arası). Neden ortadan kalktığında ileti kuyruktan kendiliğinden çıkar.',
      '5': "Yeniden deneme süresi dolduktan sonraki teslim edilemedi raporu (NDR) biçimi, örneğin `550 5.4.312 Message expired, DNS query failed(InfoNoRecords)`: aynı DNS hatası, bu kez kesin. Önce DNS'yi düzeltin, sonra gönderenden iletiyi yeniden göndermesini isteyin.",
    },
  },
  'X.4.315': {
    title: 'Bağlantı zaman aşımına uğradı',
    meaning:
      'Microsoft 365, hedef sunucuyla 25 numaralı TCP bağlantı noktası üzerinden bağlantı kurmaya çalıştı, ancak zaman aşımı dolana kadar hiçbir yanıt alamadı (Windows yuva (socket) hatası 10060). Bağlantıyı reddeden olmadı; deneme yalnızca yanıtsız kaldı.',
    causes: [
      'Şirket içi sunucu ya da iş ortağının posta sunucusu çalışmıyor veya 25 numaralı bağlantı noktasını dinleyen bir hizmet yok.',
      'Bir güvenlik duvarı, Microsoft 365 adreslerinden gelen bağlantıları reddetmek yerine sessizce düşürüyor; bunun nedeni çoğu zaman izin listesinin güncel olmamasıdır.',
      'Bağlayıcıdaki akıllı konak yanlış ya da eski bir IP adresini gösteriyor; örneğin internet servis sağlayıcısı (İSS) değiştikten sonra.',
    ],
    steps: [
      'Önce Microsoft 365 yönetim merkezinde Sistem durumu > Hizmet durumu (Health > Service health) sayfasına bakın: Microsoft tarafındaki bir olay da aynı hatayı üretir.',
      '`LastAttemptedIP` alanındaki adresi bağlayıcıdaki akıllı konakla karşılaştırın: `Get-OutboundConnector | Format-List Name,SmartHosts`.',
      "25 numaralı bağlantı noktasına çıkışa izin veren bir ağdan (Azure'daki bir sanal makineden değil) `Test-NetConnection <smart-host> -Port 25` komutunu çalıştırın.",
      "Test zaman aşımına uğrarsa sunucunun ve SMTP hizmetinin çalıştığını denetleyin, ardından güvenlik duvarı günlüğünde Microsoft 365'ten gelip düşürülen bağlantıları arayın.",
    ],
    classNotes: {
      '4': '450 4.4.315: ileti kuyruğa alınır ve Microsoft 365 onu varsayılan olarak 24 saat boyunca yeniden dener (bu süre `Set-TransportConfig -MessageExpiration` ile değiştirildiyse 12 ile 24 saat arası). Neden ortadan kalktığında ileti kuyruktan kendiliğinden çıkar.',
      '5': 'Yeniden deneme süresi dolduktan sonra gönderen, 5.4.315 kodlu (temel kod 550) bir teslim edilemedi raporu (NDR) alır: aynı yanıtsız bağlantı, bu kez kesin. Sunucuya giden yolu düzeltin, sonra gönderenden iletiyi yeniden göndermesini isteyin.',
    },
  },
  'X.4.316': {
    title: 'Bağlantı reddedildi',
    meaning:
      'Microsoft 365 hedef adrese ulaştı, ancak 25 numaralı bağlantı noktasına yaptığı bağlantı açıkça reddedildi (Windows yuva (socket) hatası 10061): sunucu ya da önündeki bir cihaz bağlantıyı sıfırlayarak yanıt verdi.',
    causes: [
      'Bir güvenlik duvarı, Microsoft 365 adreslerinden 25 numaralı bağlantı noktasına gelen bağlantıları reddediyor.',
      'Sunucu açık, ancak SMTP hizmeti durdurulmuş ya da başka bir adreste veya bağlantı noktasında dinliyor.',
      "Beklenen durum: tüm posta kutuları Microsoft 365'e taşınmış ve şirket içi sunucular kapatılmış, ama bağlayıcı postayı hâlâ oraya gönderiyor.",
    ],
    steps: [
      '`LastAttemptedIP` alanındaki adresin hâlâ posta sunucunuza ait olduğunu doğrulayın ve adresi dışarıdan test edin: `Test-NetConnection <smart-host> -Port 25`.',
      "Güvenlik duvarı günlüğünde, denemelerin yapıldığı saatlerde Microsoft 365'ten gelip reddedilen bağlantıları arayın.",
      "Posta kutuları şirket içinde kalmaya devam ediyorsa Microsoft'un “Microsoft 365 URLs and IP address ranges” listesindeki Exchange Online aralıklarından 25 numaralı TCP bağlantı noktasına gelen bağlantılara izin verin.",
      'Şirket içinde artık posta kutusu kalmadıysa bağlayıcıyı kapatın (`Set-OutboundConnector -Identity "<name>" -Enabled $false`) ve kabul edilen etki alanının türünü Yetkili (Authoritative) yapın: `Set-AcceptedDomain -Identity <domain> -DomainType Authoritative`.',
    ],
    classNotes: {
      '4': '450 4.4.316: ileti kuyruğa alınır ve Microsoft 365 onu varsayılan olarak 24 saat boyunca yeniden dener (bu süre `Set-TransportConfig -MessageExpiration` ile değiştirildiyse 12 ile 24 saat arası). Neden ortadan kalktığında ileti kuyruktan kendiliğinden çıkar.',
      '5': 'Yeniden deneme süresi dolduktan sonra teslim edilemedi raporunda (NDR) `550 5.4.316 Message expired, connection refused(Socket error code 10061)` satırı yer alır: aynı ret, bu kez kesin. Ayraç içindeki metin, görülen son hatadır.',
    },
  },
  'X.4.317': {
    title: 'Uzak sunucuya bağlanılamıyor',
    meaning:
      'Microsoft 365 hedef sunucuya ulaştı, ancak kullanılabilir bir SMTP oturumu kurulamadı: sunucu hemen bir hatayla yanıt verdi, TLS ya da sertifika denetimi başarısız oldu veya oturum hiç açılmadı. Yeni iletilerde aynı hata `Cannot establish session with remote server` ifadesiyle görünür; hangi durumla karşı karşıya olduğunuzu `Message` alanı gösterir.',
    causes: [
      'Sunucu oturumu hemen reddediyor, örneğin `421 4.3.2 Service not available` yanıtıyla (taşıma hizmeti durmuş ya da aşırı yüklenmiş, bağlantı sınırına ulaşılmış).',
      'Bağlayıcı TLS gerektiriyor ama sunucu bunu sunmuyor (`451 5.7.3 STARTTLS is required to send mail`) ya da TLS anlaşması başarısız oluyor.',
      'Sertifika, bağlayıcıdaki denetimden geçemiyor: `SubjectMismatch`, `CertificateExpired` ya da `UntrustedRoot` (sunucu ara sertifikaları göndermiyor).',
      'Oturum hiç açılmadı: `Failed to connect. Winsock error code: 995` ya da `451 4.4.0 Socket error SocketError`.',
    ],
    steps: [
      'İleti izlemedeki (`Get-MessageTraceDetailV2`) ya da Kuyruğa alınan iletiler raporundaki `Message` alanını okuyun: durumu o söyler.',
      'Sonuç sertifikayla ilgiliyse sunucunun ne sunduğuna bakın: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`.',
      'Bunu bağlayıcının TLS ayarlarıyla karşılaştırın: `Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts`.',
      'Sunucu tarafını (taşıma hizmeti, STARTTLS, tam zinciriyle sertifika) ya da bağlayıcıyı düzeltin, ardından `Validate-OutboundConnector` ile yeniden deneyin.',
    ],
    classNotes: {
      '4': '450 4.4.317: ileti kuyruğa alınır ve Microsoft 365 onu varsayılan olarak 24 saat boyunca yeniden dener (bu süre `Set-TransportConfig -MessageExpiration` ile değiştirildiyse 12 ile 24 saat arası). Neden ortadan kalktığında ileti kuyruktan kendiliğinden çıkar.',
      '5': 'Yeniden deneme süresi dolduktan sonra teslim edilemedi raporu (NDR), ayraç içinde son nedenle birlikte 5.4.317 kodunu taşır; örneğin `550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)`. Aynı hata, bu kez kesin.',
    },
  },
  'X.4.318': {
    title: 'Bağlantı aniden kapatıldı',
    meaning:
      'Hedef sunucuyla SMTP oturumu başlamıştı, ancak ileti aktarılmadan kesildi. Oturumu kimin kestiğini kod söylemez: `Message` alanı (örneğin `SuspiciousRemoteServerError` ya da bağlantı sıfırlandığında yuva hatası 10054) ve alıcı tarafın günlükleri daha fazlasını anlatır.',
    causes: [
      'SMTP (ESMTP) incelemesi yapan bir güvenlik duvarı oturumu düşürüyor ya da bozuyor.',
      'Şirket içi sunucu sağlıklı çalışmıyor (taşıma hizmeti donuyor veya çöküyor, kaynaklar tükeniyor), bu yüzden zaman aşımına uğrayıp bağlantıyı kapatıyor.',
      'Microsoft 365 ile sunucu arasında ağ sorunları: kararsız bir hat, VPN ya da IPS cihazı, yanlış MTU ayarı.',
    ],
    steps: [
      'Önce Hizmet durumu (Service health) sayfasına bakın: Microsoft tarafındaki olaylar bu hatayı aynı anda birçok kiracıda üretti.',
      'Posta sunucusunun önündeki güvenlik duvarında SMTP incelemesini kapatın ya da Microsoft 365 adreslerini bunun dışında tutun.',
      'Alıcı sunucunun SMTP protokol günlüğünü ve olay günlüğünü, ileti izlemede görünen saatler (UTC) için inceleyin.',
      'Sunucu ve güvenlik duvarı temiz çıkarsa saatleri ve adresleri ağ ekibine ya da internet servis sağlayıcısına iletin.',
    ],
    classNotes: {
      '4': '450 4.4.318: ileti kuyruğa alınır ve Microsoft 365 onu varsayılan olarak 24 saat boyunca yeniden dener (bu süre `Set-TransportConfig -MessageExpiration` ile değiştirildiyse 12 ile 24 saat arası). Neden ortadan kalktığında ileti kuyruktan kendiliğinden çıkar.',
      '5': 'Yeniden deneme süresi dolduktan sonra gönderen, 5.4.318 kodlu ya da hata zinciriyle birlikte 5.4.300 kodlu bir teslim edilemedi raporu (NDR) alır: aynı kesilen oturumlar, bu kez kesin. Nedeni giderin, sonra gönderenden iletiyi yeniden göndermesini isteyin.',
    },
  },
  'X.7.320': {
    title: 'Sertifika doğrulaması başarısız oldu',
    meaning:
      'Microsoft 365 hedef sunucuyla bir TLS oturumu açtı, ancak bağlayıcının TLS ayarlarına (sertifika ya da etki alanı doğrulaması) göre sunucunun sertifikasını reddetti. Bağlayıcılardaki sertifika hatalarının çoğu ise 4.4.317 olarak gelir ve sonuç `Message` alanında yazar; bu kod daha seyrek görülen biçimdir.',
    causes: [
      'Sertifikanın süresi dolmuş ya da sertifika henüz geçerli değil.',
      'Sertifikadaki adlar bağlayıcının beklediğiyle (`TlsDomain` ya da akıllı konağın adı) eşleşmiyor.',
      "Sertifika zinciri, Microsoft 365'in güvendiği genel bir kök sertifikaya ulaşmıyor: kendinden imzalı, iç (kurumsal) sertifika yetkilisince verilmiş, iptal edilmiş ya da ara sertifikaları olmadan gönderilen bir sertifika.",
    ],
    steps: [
      'İleti izlemede hatanın ayrıntılarını okuyun: hangi denetimin başarısız olduğu genellikle orada yazar.',
      'Sertifikayı inceleyin: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>` konuyu, adları, tarihleri ve zinciri gösterir.',
      'Sertifikayı yenileyin ya da değiştirin (genel bir sertifika yetkilisi, tam zincir, doğru adlar) veya bağlayıcıdaki `TlsDomain` değerini `Set-OutboundConnector` ile düzeltin.',
      "Exchange Server'da yeni sertifikayı atadıktan sonra Frontend Transport hizmetini yeniden başlatın, ardından `Validate-OutboundConnector` komutunu çalıştırın.",
    ],
    classNotes: {
      '4': '450 4.7.320: ileti kuyruğa alınır ve varsayılan olarak 24 saat boyunca yeniden denenir (`Set-TransportConfig -MessageExpiration` ile 12 ile 24 saat arası). Süre dolduğunda sertifika hâlâ reddediliyorsa iletinin süresi dolar ve gönderen bir teslim edilemedi raporu (NDR) alır.',
    },
  },
  'X.4.300': {
    title: 'İletinin süresi doldu',
    meaning:
      'Süre dolduğunda gönderilen genel teslim edilemedi raporu (NDR): Exchange Online iletiyi yeniden deneme süresi içinde (varsayılan olarak 24 saat) teslim edemedi ve vazgeçti. Kod yalnızca sürenin bittiğini söyler; asıl neden ondan sonra gelir, genellikle `->` ile birbirine bağlanan bir hata zinciri olarak ya da raporda aktarılan son denemede.',
    causes: [
      'Hedefe süre boyunca hiç ulaşılamadı (zincirde `Unable to connect`; bkz. 4.4.315 ve 4.4.316).',
      'Oturumlar sürekli kesildi (zincirde `ConnectionReset` ya da `SocketError`; bkz. 4.4.318).',
      'İletiyle ilgili bir NDR, özgün gönderene geri teslim edilemedi.',
    ],
    steps: [
      "NDR'deki yöneticiler için tanılama bilgileri (Diagnostic information for administrators) bölümünü açın ve `Message expired` ifadesinden sonraki metni son `->` işaretine kadar okuyun.",
      'Ertelemeleri ileti izlemede bulun (`Get-MessageTraceV2`, ardından `Get-MessageTraceDetailV2`): her Defer olayı sunucuyu ve hatayı gösterir.',
      'Zincirin en içindeki hatayı asıl neden sayın ve onu kendi kodunun anlattığı gibi giderin (yuva hatası 10060 zaman aşımı, 10061 ret, 10054 sıfırlama demektir).',
      'Ardından gönderenden iletiyi yeniden göndermesini isteyin: süresi dolan ileti bir daha denenmez.',
    ],
  },
  'X.4.310': {
    title: 'Alıcının etki alanı yok',
    meaning:
      "@ işaretinden sonraki etki alanının genel DNS'de hiç kaydı yok: sorgu, böyle bir etki alanı olmadığı yanıtını verdi (`InfoDomainNonexistent`). Yeniden denemek işe yaramayacağı için Exchange Online iletiyi kuyruğa almadan hemen geri gönderir.",
    causes: [
      'Alıcının etki alanında yazım hatası.',
      'Etki alanının (alan adının) süresi dolmuş ya da etki alanı kayıt şirketinde silinmiş.',
      "Etki alanı yalnızca Microsoft 365'in göremediği iç DNS'de var.",
    ],
    steps: [
      'Adresin yazımını gönderenle birlikte denetleyin.',
      'Etki alanını ağınızın dışından sorgulayın: `Resolve-DnsName -Type MX <domain>` ya da `nslookup -type=mx <domain>`.',
      'Etki alanı sizin ya da bir iş ortağınızınsa yenilenmesini veya DNS bölgesinin geri yüklenmesini sağlayın; yalnızca içeride kullanılan bir etki alanı için postayı bir akıllı konağa yönlendiren bir bağlayıcı gerekir.',
    ],
  },
  'X.4.397': {
    title: 'Hedef konakla iletişim hatası',
    meaning:
      "Gönderen sunucu bir sonraki atlamayla SMTP alışverişini sürdüremedi ve nedenini metnin ardından gelen bir zincirle bildiriyor, örneğin `-> 421 4.2.1 Unable to connect -> SocketError`. Bu kod çoğunlukla Microsoft 365'e ya da internete posta gönderen şirket içi Exchange Server'ın kuyruklarında (bağlayıcı hatalarının ters yönünde), bazen de Exchange Online dışarıdaki bir konağa teslim ederken görülür.",
    causes: [
      'Bağlantı kurulamıyor: 25 numaralı bağlantı noktası engelli ya da ulaşılamaz (yuva hataları 10060, 10051) veya bağlantı reddediliyor (`SocketConnectionRefused`, 10061).',
      'Bağlantı kuruluyor ama sıfırlanıyor (`ConnectionReset`); bunu çoğu zaman bir güvenlik duvarı ya da yoldaki bir TLS uyumsuzluğu yapar.',
      'Gönderme bağlayıcısı yanlış bir akıllı konağı gösteriyor ya da gönderen sunucuda DNS çözümlemesi başarısız oluyor.',
    ],
    steps: [
      "Zincirin tamamını okuyun; Exchange Server'da: `Get-Queue | Format-List Identity,Status,LastError,NextHopDomain`.",
      'Gönderen sunucudan bir sonraki atlamayı `Test-NetConnection <host> -Port 25` ile test edin: birçok internet servis sağlayıcısı giden 25 numaralı bağlantı noktasını engeller.',
      "Giden trafikteki güvenlik duvarını ve gönderme bağlayıcısının akıllı konak ile TLS ayarlarını denetleyin; Microsoft 365'e giden postada hedef, etki alanınızın `mail.protection.outlook.com` altındaki konağıdır.",
      'Düzeltmeden sonra kuyruğu `Retry-Queue -Identity <queue>` ile yeniden deneyin ya da bir sonraki otomatik denemeyi bekleyin.',
    ],
  },
  'X.4.8': {
    title: 'MX konakları etki alanının MTA-STS ilkesine uymuyor',
    meaning:
      'Alıcının etki alanı zorlama (enforce) kipinde bir MTA-STS ilkesi yayımlıyor ve Exchange Online, etki alanının MX konaklarının bu ilkenin izin verdiği konaklar arasında olmadığını gördü. Etki alanının kefil olmadığı bir konağa teslim etmek yerine iletiyi bekletir. Hata sizin bağlayıcılarınızda değil, alıcı etki alanının yapılandırmasındadır.',
    causes: [
      'Etki alanı postasını taşıdı (yeni sağlayıcı, yeni MX kayıtları) ama ilke dosyasındaki `mx:` satırlarını güncellemedi.',
      'İlke dosyasında yazım hatası var ya da bir desen MX konağını kapsamıyor (joker karakter yalnızca tek bir ad düzeyini kapsar).',
      'İlke, `_mta-sts` TXT kaydındaki `id` değiştirilmeden güncellendi; bu yüzden gönderenler önbellekteki eski ilkeyi kullanmayı sürdürüyor.',
    ],
    steps: [
      'Etki alanının MX kayıtlarını (`Resolve-DnsName -Type MX <domain>`) `https://mta-sts.<domain>/.well-known/mta-sts.txt` adresindeki ilkeyle karşılaştırın.',
      'TXT kaydını da denetleyin: `Resolve-DnsName -Type TXT _mta-sts.<domain>`.',
      'İki bulguyu da alıcının yöneticisine gönderin: `mx:` satırlarını düzeltmeli, ardından `id` değerini değiştirmelidir.',
      'Etki alanı sizinse bunu kendiniz yapın; ilkeyi `mode: testing` kipine almak, düzeltme süresince zorlamayı durdurur.',
    ],
    classNotes: {
      '4': 'Exchange Online iletiyi kuyrukta tutar ve yeniden dener; ilke ile MX konakları yeniden deneme süresi içinde uyumlu hâle gelirse ileti teslim edilir.',
      '5': 'Yeniden deneme süresi doldu ya da hata kesin sayıldı: gönderen 5.4.8 kodlu bir teslim edilemedi raporu (NDR) aldı. Alıcı etki alanı ilkesini düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.4.14': {
    title: 'Posta döngüsü algılandı',
    meaning:
      "Exchange Online, sunucular arasında dolaşıp duran (izin verilen atlama sayısını aşan) bir iletiyi durdurdu ve gönderene geri yolladı. Döngü, postayı geldiği yere geri gönderen bir yapılandırmadan kaynaklanır; 5.4.6 aynı sorunun şirket içi Exchange Server'daki biçimidir.",
    causes: [
      "Kabul edilen etki alanının türü İç Geçiş (Internal Relay); şirket içine giden bağlayıcı MX kaydına göre teslim ediyor ve MX kaydı yine Microsoft 365'i gösteriyor.",
      'Karma (hybrid) yapıda şirket içine giden bağlayıcı yok, türü OnPremises değil ya da tüm posta şirket içinden geçtiği hâlde yalnızca bazı kabul edilen etki alanlarıyla sınırlanmış.',
      'Bir posta kutusu ile postayı geri ileten dış bir sistem arasında iletme.',
    ],
    steps: [
      'Geri dönen iletinin üst bilgilerindeki ya da ileti izlemedeki atlamaları izleyerek iletiyi birbirine geri yollayan iki sistemi bulun.',
      '`Get-AcceptedDomain` ile `Get-OutboundConnector | Format-List Name,ConnectorType,SmartHosts,UseMXRecord,RecipientDomains,RouteAllMessagesViaOnPremises` çıktısını denetleyin.',
      "Şirket içine giden bağlayıcıyı MX yerine bir akıllı konağa yönlendirin ya da Karma Yapılandırma Sihirbazı'nı yeniden çalıştırın; döngü oluşturan iletme kurallarını kaldırın.",
    ],
  },
  'X.7.321': {
    title: 'DANE: MX konağı TLS sunmuyor',
    meaning:
      'Alıcının etki alanı DNSSEC ile imzalı ve MX konakları için TLSA kayıtları yayımlıyor; bu yüzden Exchange Online postayı doğrulanmış TLS üzerinden teslim etmek zorunda. MX konağı STARTTLS komutuna yanıt vermedi ya da TLS el sıkışması başarısız oldu; DANE şifrelenmemiş bir oturuma geri dönülmesine izin vermez.',
    causes: [
      'Alıcı sunucuda ya da önündeki bir filtreleme cihazında STARTTLS kapalı veya bozuk.',
      "SMTP incelemesi yapan bir güvenlik duvarı, sunucunun yanıtından STARTTLS'yi siliyor.",
      "Sunucu yalnızca Exchange Online'ın artık kullanmadığı TLS sürümlerine ya da şifre takımlarına izin veriyor (örneğin TLS 1.0 veya 1.1).",
    ],
    steps: [
      'MX konağının ne sunduğunu denetleyin: `openssl s_client -connect <mx-host>:25 -starttls smtp`.',
      'Sonucu alıcı etki alanının yöneticisine iletin: sunucuyu düzeltmek ya da TLSA kayıtlarını geri çekmek yalnızca onun elindedir.',
      "Etki alanı sizinse önce MX konağındaki TLS'yi düzeltin; TLSA kayıtlarını yalnızca son çare olarak kaldırın ve TTL sürelerini hesaba katın.",
    ],
    classNotes: {
      '4': 'Exchange Online iletiyi kuyrukta tutar ve yeniden dener; alıcı etki alanı sorunu yeniden deneme süresi içinde giderirse ileti teslim edilir.',
      '5': 'İleti bir teslim edilemedi raporu (NDR) ile gönderene döndü: hata sürdü ya da kesindi. Alıcı etki alanı kendi tarafını düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.7.322': {
    title: 'DANE: MX konağının sertifikasının süresi dolmuş',
    meaning:
      'Alıcının etki alanı DANE kullanıyor ve MX konağı süresi dolmuş bir sertifika sundu. DANE geçerliyken Exchange Online böyle bir oturum üzerinden teslim yapmaz.',
    causes: [
      'MX konağındaki (ya da önündeki bir ağ geçidindeki) sertifika zamanında yenilenmedi.',
      'Yenilenen sertifika kuruldu, ancak hizmet hâlâ eskisini sunuyor.',
    ],
    steps: [
      'Tarihleri denetleyin: `openssl s_client -connect <mx-host>:25 -starttls smtp` bunları gösterir.',
      'Alıcı etki alanının yöneticisine haber verin; etki alanı sizinse sertifikayı yenileyin ve SMTP hizmetine atayın.',
      'Yeni sertifika devreye girmeden önce ona uyan bir TLSA kaydını eskisinin yanında yayımlayın; aksi hâlde bir sonraki hata 4.7.323 olur.',
    ],
    classNotes: {
      '4': 'Exchange Online iletiyi kuyrukta tutar ve yeniden dener; alıcı etki alanı sorunu yeniden deneme süresi içinde giderirse ileti teslim edilir.',
      '5': 'İleti bir teslim edilemedi raporu (NDR) ile gönderene döndü: hata sürdü ya da kesindi. Alıcı etki alanı kendi tarafını düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.7.323': {
    title: 'DANE: sertifika TLSA kayıtlarıyla eşleşmiyor',
    meaning:
      'Etki alanının DNSSEC denetimleri geçti, ancak MX konağının sunduğu sertifika etki alanının TLSA kayıtlarından hiçbiriyle eşleşmiyor; bu yüzden DANE doğrulaması başarısız oluyor. Bu, hatalı bir TLSA kaydı, başlangıç tarihi gelecekte olan bir sertifika ya da yoldaki bir saldırı anlamına da gelebilir.',
    causes: [
      'Sertifika ya da anahtarı, önce uyan bir TLSA kaydı yayımlanmadan değiştirildi (yenilemeden sonra en sık görülen durum).',
      'TLSA kaydının kendisi hatalı: yanlış karma değeri, yanlış usage, selector ya da matching type alanı veya yanlış kayıt adı.',
      'Yoldaki bir cihaz, MX konağının sertifikası yerine kendi sertifikasını sunuyor.',
    ],
    steps: [
      'Kayıtları listeleyin: `dig +dnssec TLSA _25._tcp.<mx-host>`.',
      'Bunları `openssl s_client -connect <mx-host>:25 -starttls smtp` ile görülen sertifikayla karşılaştırın.',
      'Alıcı etki alanının yöneticisi, güncel sertifika ya da anahtar için bir TLSA kaydı yayımlar; değişim süresince eski ve yeni kayıtlar yan yana durmalıdır.',
    ],
    classNotes: {
      '4': 'Exchange Online iletiyi kuyrukta tutar ve yeniden dener; alıcı etki alanı sorunu yeniden deneme süresi içinde giderirse ileti teslim edilir.',
      '5': 'İleti bir teslim edilemedi raporu (NDR) ile gönderene döndü: hata sürdü ya da kesindi. Alıcı etki alanı kendi tarafını düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.7.324': {
    title: 'DANE: geçersiz DNSSEC kayıtları',
    meaning:
      'Alıcı etki alanının DNS yanıtları bölgenin DNSSEC ile imzalı olduğunu bildiriyor, ancak Exchange Online yanıtları doğrulayamadı. Bu durumda etki alanının MX ve TLSA kayıtlarına güvenemez ve iletiyi bekletir.',
    causes: [
      'Bölge artık düzenli olarak yeniden imzalanmadığı için imzaların (RRSIG) süresi dolmuş.',
      'Kayıt şirketindeki DS kaydı, bir anahtar değişiminden ya da başka bir DNS sağlayıcısına geçişten sonra bölgenin anahtarlarıyla artık eşleşmiyor.',
      'Etki alanının ad sunucularından bazıları imzasız ya da eski veri sunuyor.',
    ],
    steps: [
      'Güven zincirini DNSViz gibi bir DNSSEC çözümleme aracıyla ya da `dig +dnssec MX <domain>` ile denetleyin.',
      'Sonucu alıcı etki alanının yöneticisine ya da DNS barındırma hizmetine gönderin: bölge yeniden imzalanmalı ya da kayıt şirketindeki DS kaydı düzeltilmelidir.',
      "Etki alanı sizinse önce DS kaydını düzeltin; DNSSEC'i tümden kapatmak da hatayı giderir, ama ancak DS kaydı kaldırılıp TTL süresi geçtikten sonra.",
    ],
    classNotes: {
      '4': 'Exchange Online iletiyi kuyrukta tutar ve yeniden dener; alıcı etki alanı sorunu yeniden deneme süresi içinde giderirse ileti teslim edilir.',
      '5': 'İleti bir teslim edilemedi raporu (NDR) ile gönderene döndü: hata sürdü ya da kesindi. Alıcı etki alanı kendi tarafını düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.7.325': {
    title: 'DANE: sertifikadaki ad konakla eşleşmiyor',
    meaning:
      'Alıcının etki alanı DANE kullanıyor ve MX konağının sunduğu sertifika, ne konu alanında ne de konu alternatif adlarında (SAN) MX konağının ya da etki alanının adını taşıyor.',
    causes: [
      'Sunucu, MX adına ait sertifika yerine varsayılan ya da iç bir sertifika (örneğin sunucunun iç adına verilmiş olanı) sunuyor.',
      'MX kaydı, sertifikanın kapsamadığı yeni bir konak adına taşındı.',
    ],
    steps: [
      'Sertifikadaki adlara bakın: `openssl s_client -connect <mx-host>:25 -starttls smtp -servername <mx-host>`.',
      'Bunları MX konak adlarıyla karşılaştırın: `Resolve-DnsName -Type MX <domain>`.',
      'Alıcı etki alanının yöneticisi MX adını kapsayan bir sertifika kurar ve TLSA kayıtlarını buna göre günceller.',
    ],
    classNotes: {
      '4': 'Exchange Online iletiyi kuyrukta tutar ve yeniden dener; alıcı etki alanı sorunu yeniden deneme süresi içinde giderirse ileti teslim edilir.',
      '5': 'İleti bir teslim edilemedi raporu (NDR) ile gönderene döndü: hata sürdü ya da kesindi. Alıcı etki alanı kendi tarafını düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.7.500-699': {
    title: 'Sunucu meşgul: gönderen IP adresine kısıtlama uygulanıyor',
    meaning:
      'Microsoft 365, bağlanan IP adresinden gelen postayı geciktiriyor; çünkü bu adresin gönderim düzeni birden değişti (çoğunlukla eskisinden çok daha fazla posta gönderiyor) ya da trafik şüpheli görünüyor. Bu, istenmeyen postaya karşı geçici bir kısıtlamadır (throttling): gönderen sunucu 451 yanıtı alır ve daha sonra yeniden denemelidir. Açıklama 4.7.500 ile 4.7.699 arasındaki aralığın tamamı içindir.',
    causes: [
      "Microsoft 365'te geçmişi olmayan yeni ya da değişmiş bir gönderen IP adresi (yeni sunucu, sağlayıcı ya da bulut hizmeti) yüksek hacimde göndermeye başlıyor.",
      'Şirket içi sunucunuz giden postayı, kendisi için tanımlı bir gelen bağlayıcı olmadan Microsoft 365 üzerinden aktarıyor; bu yüzden postası anonim internet postası sayılıyor.',
      'Gelen posta önce üçüncü taraf bir filtreleme hizmetinden geçiyor ve bunun için bir iş ortağı bağlayıcısı yok; bu yüzden postanın tamamı o hizmetin IP adreslerinden geliyor gibi görünüyor.',
      'Daha sıkı sınırlanan ve filtrelenen ilk onmicrosoft.com etki alanından yüksek hacimde gönderim.',
    ],
    steps: [
      'Yanıttaki IP adresini not edin ve sunucunun kime ait olduğunu bulun.',
      'Microsoft 365 üzerinden posta aktaran kendi sunucunuzsa, onu IP adresi ya da sertifikayla tanıyan `OnPremises` türünde bir gelen bağlayıcı (`New-InboundConnector`) oluşturun.',
      "Microsoft 365'in önünde üçüncü taraf bir hizmet varsa onun için güvenlik kısıtlamaları tanımlı bir iş ortağı gelen bağlayıcısı kurun.",
      'Diğer durumlarda gönderen sunucunun yeniden denemeyi sürdürmesine izin verin: IP adresi geçmiş kazandıkça kısıtlama, genellikle birkaç gün içinde, gevşer.',
    ],
  },
  'X.7.850-899': {
    title: 'Gönderen IP adresi geçici olarak kısıtlandı',
    meaning:
      '4.7.500–4.7.699 ile aynı ailedendir: Microsoft 365 bu IP adresinden şüpheli trafik gördü ve adresi değerlendirirken postasını bekletiyor. Gönderen sunucu yeniden denemelidir; trafik meşruysa kısıtlama bir süre sonra kaldırılır. Açıklama 4.7.850 ile 4.7.899 arasındaki aralığın tamamı içindir.',
    causes: [
      'IP adresinden ani bir posta patlaması ya da istenmeyen posta gibi görünen iletiler.',
      'Gönderen sunucudaki ele geçirilmiş bir hesap ya da açık geçiş (open relay) istenmeyen posta yayıyor.',
      'IP adresi, istenmeyen posta gönderenlerle paylaşılıyor (barındırma, bulut hizmeti).',
    ],
    steps: [
      'Gönderen sunucunun giden kuyruğunu ve günlüklerini olağandışı hacim ya da tanınmayan gönderenler açısından denetleyin.',
      'Bir sunucu ya da hesap ele geçirildiyse her şeyden önce gönderimi durdurun ve açık geçişi kapatın.',
      'Sunucunun yeniden denemeyi sürdürmesine izin verin; trafik temiz olduğu hâlde kısıtlama günlerce sürerse gönderenin yöneticisi Microsoft desteğinde bir destek talebi açar.',
    ],
  },
  'X.7.66': {
    title: 'TLS 1.0 ve 1.1 desteklenmiyor',
    meaning:
      "Bir cihaz ya da uygulama, SMTP AUTH ile (smtp.office365.com, 587 numaralı bağlantı noktası) TLS 1.0 veya 1.1 üzerinden Exchange Online'a posta göndermeye çalıştı. Exchange Online yalnızca TLS 1.2 ve üzerini kabul eder ve oturumu kapatır. Temel kod 421 geçici bir hata gibi görünse de istemcinin TLS desteği yükseltilmeden yeniden denemek işe yaramaz.",
    causes: [
      'Üretici yazılımı yalnızca TLS 1.0 veya 1.1 bilen eski bir çok işlevli yazıcı, tarayıcı ya da başka bir cihaz.',
      'Varsayılan olarak TLS 1.2 kullanmayan eski bir çalışma zamanı (eski bir .NET Framework ya da Java) üzerinde çalışan bir uygulama.',
      "SMTP istemcisi için TLS 1.2'nin etkin olmadığı eski bir işletim sistemi.",
    ],
    steps: [
      'Bu cihazları ve uygulamaları Exchange yönetim merkezinde Raporlar > Posta akışı (Reports > Mail flow) altındaki SMTP AUTH istemcileri raporunda (SMTP AUTH clients report) bulun.',
      "Cihazın üretici yazılımını, çalışma zamanını ya da işletim sistemini TLS 1.2 kullanacak şekilde güncelleyin ve uygulamada TLS 1.2'yi zorunlu kılın.",
      "Güncellenemeyen bir cihazın postasını, Microsoft 365'e TLS 1.2 ile bağlanan yerel bir geçiş (relay) sunucusu üzerinden gönderin ya da cihazı değiştirin.",
    ],
  },
  'X.0.350': {
    title: 'Reddedildi: neden metinde yazıyor',
    meaning:
      "Exchange Online'ın, çoğu alıcının e-posta sisteminden dönen pek çok farklı reddi sarmaladığı genel bir koddur. Kod tek başına pek bir şey söylemez: neden, teslim edilemedi raporunda (NDR) kodun ardından gelen metindedir. İki metnin bilinen bir çözümü vardır: `x-dg-ref header is too long` ve `Requested action not taken: policy violation detected (AS345)`.",
    causes: [
      'Zengin Metin (RTF) biçimindeki bir ileti, kendi ekleri olan ekli bir ileti taşıyor; bu da bir üst bilgiyi alıcı sunucu için fazla uzun hâle getiriyor (`x-dg-ref header is too long`).',
      'Word belgesi gibi bir ekin içinde 20 ya da daha fazla katıştırılmış dosya var (AS345).',
      'Alıcı sistemin, tanılama bilgilerinde aktarılan başka herhangi bir kuralı ya da sınırı.',
    ],
    steps: [
      'Yöneticiler için tanılama bilgilerinde 5.0.350 kodundan sonraki metni okuyun.',
      'Üst bilgi hatasında Zengin Metin yerine HTML biçiminde gönderin ya da o hedef için Zengin Metni kapatın: `Set-RemoteDomain -Identity <name> -TNEFEnabled $false`.',
      'AS345 hatasında katıştırılmış dosyaları ekten çıkarın ya da ayrı gönderin.',
      'Diğer tüm durumlarda metnin tamamını alıcının yöneticisine gönderin: çözüm genellikle onların tarafındadır.',
    ],
  },
  'X.1.90': {
    title: 'Günlük alıcı sınırına ulaşıldı',
    meaning:
      'Exchange Online göndereni durdurdu; çünkü posta kutusu 24 saat içinde hizmetin izin verdiğinden daha fazla alıcıya ileti gönderdi (alıcı hız sınırı: günde 10.000 alıcı). Sayı sınırın altına inene kadar posta kutusu gönderim yapamaz. Bu sınıra aniden ulaşılması, ele geçirilmiş bir hesabın tipik işaretlerinden biridir.',
    causes: [
      'Hesap ele geçirildi ve istenmeyen posta göndermek için kullanılıyor.',
      'Bir kullanıcı ya da uygulama, toplu gönderimler veya bültenler için sıradan bir posta kutusu kullanıyor.',
      'Posta kutusu üzerinden gönderim yapan bir betik ya da cihaz döngüye girdi.',
    ],
    steps: [
      'Posta kutusunun son gönderdiklerine bakın: `Get-MessageTraceV2 -SenderAddress <address>`.',
      'Tanımadığınız bir şey görürseniz bunu hesabın ele geçirilmesi olarak ele alın: parolayı sıfırlayın, oturumları sonlandırın, gelen kutusu kurallarını ve iletmeyi denetleyin.',
      '24 saatlik sürenin geçmesini bekleyin; toplu gönderimleri bu iş için tasarlanmış bir hizmete taşıyın.',
    ],
  },
  'X.2.121': {
    title: 'Tek gönderenden tek alıcıya saatlik sınır aşıldı',
    meaning:
      "Exchange Online'daki bir alıcı, bir saat içinde aynı gönderenden hizmetin kabul ettiğinden fazla ileti aldı; bu yüzden o gönderenden gelen yeni iletiler şimdilik reddediliyor. Sınır, posta kutularını otomatik sistemlerin yağdırdığı iletilerden korur.",
    causes: [
      'Bir uygulama, izleme sistemi ya da cihaz her olay için aynı adrese bir uyarı veya bildirim gönderiyor.',
      'Bir posta döngüsü: otomatik yanıtlar ya da iletme kuralları iletileri iki posta kutusu arasında gidip getiriyor.',
      'Aynı iletiyi tekrar tekrar gönderen hatalı bir betik.',
    ],
    steps: [
      'Göndereni ve ileti sayısını ileti izlemede bulun: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Gönderenden iletilerini gruplamasını ya da yavaşlatmasını isteyin; uyarılar için özet gönderin ya da onları birkaç adrese dağıtın.',
      'Varsa döngüyü (otomatik yanıt ya da iletme kuralı) kırın, ardından iletiyi daha sonra yeniden gönderin: sayım saatlik yapılır.',
    ],
  },
  'X.2.122': {
    title: 'Alıcının saatlik alım sınırı aşıldı',
    meaning:
      "Exchange Online'daki alıcı, bir saat içinde tüm gönderenlerden toplamda hizmetin tek bir posta kutusu için kabul ettiğinden fazla ileti aldı; bu yüzden yeni iletiler şimdilik reddediliyor. Sınır, posta kutusunu ve hizmeti posta fırtınalarından korur.",
    causes: [
      'Birçok sistem, bildirimlerini uyarı posta kutusu gibi tek bir ortak adrese gönderiyor.',
      'Posta bombası: tek bir posta kutusunu hedef alan, çoğunlukla üyelik onaylarından oluşan bir ileti seli.',
      'Bu posta kutusu ile başka bir sistem arasında bir döngü.',
    ],
    steps: [
      'Posta kutusuna kimlerin gönderdiğini bulun: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Otomatik postayı birkaç posta kutusuna dağıtın ya da hacmini kaynağında azaltın.',
      'Dışarıdan gelen bir selde kaynakları engelleyin (Tenant Allow/Block List ile ya da bir posta akışı kuralıyla); diğer gönderenler daha sonra yeniden deneyebilir.',
    ],
  },
  'X.3.190': {
    title: "Şirket içi postanın Microsoft 365'te günlük kaydı (journaling) desteklenmiyor",
    meaning:
      "Şirket içindeki bir günlük kuralı (journal rule), günlük raporlarını Exchange Online'daki bir posta kutusuna gönderiyor; ancak kiracıda Journaling Archive özelliği kapalı olduğu için Microsoft 365 bu raporları reddediyor.",
    causes: [
      "Exchange Server'daki bir günlük kuralı, günlük posta kutusu olarak Exchange Online'daki bir posta kutusunu gösteriyor.",
      "Günlük posta kutusu Exchange Online'a taşındı, kural ise olduğu gibi bırakıldı.",
    ],
    steps: [
      "Kuralı Exchange Server'da bulun: `Get-JournalRule | Format-List Name,Recipient,JournalEmailAddress,Enabled`.",
      'Kuralı şirket içindeki bir posta kutusuna ya da günlük raporlarını kabul eden üçüncü taraf bir arşive yönlendirin.',
      "Günlüğün Exchange Online'da tutulması gerekiyorsa `Get-TransportConfig | Format-List JournalArchivingEnabled` çıktısını denetleyin ve kiracınızda Journaling Archive özelliğini Microsoft desteğine sorun.",
    ],
  },
  'X.6.11': {
    title: 'İletide tek başına satır besleme karakterleri',
    meaning:
      'Alıcı sunucu iletiyi reddetti; çünkü iletide tek başına satır besleme karakterleri (önünde CR olmayan LF) var ve sunucu, bu tür iletilerin gerektirdiği BDAT komutunu (parçalı SMTP aktarımı, chunking) desteklemiyor. Exchange Online bu karakterleri artık kaldırmıyor, çünkü bu işlem DKIM imzalarını bozar.',
    causes: [
      'İletiyi oluşturan program ya da betik satırları yalnızca LF ile bitiriyor; bu çoğunlukla bir ekte ya da otomatik oluşturulan bir gövdede olur.',
      'Alıcının posta sunucusu eski ya da tek başına LF içeren iletileri reddedecek şekilde ayarlı ve BDAT sunmuyor.',
    ],
    steps: [
      'Nedeni doğrulamak için aynı iletiyi Web üzerinde Outlook gibi başka bir istemciden ya da eksiz gönderin.',
      'İletiyi oluşturan programı her satır CRLF ile bitecek şekilde düzeltin.',
      "Alıcının yöneticisinden BDAT desteği eklemesini ya da tek başına LF içeren iletileri kabul etmesini isteyin (Exchange Server'da: `Set-ReceiveConnector -BareLinefeedRejectionEnabled $false`).",
    ],
  },
  'X.7.57': {
    title: 'İstemci SMTP gönderiminden önce kimliğini doğrulamadı',
    meaning:
      'Bir cihaz ya da uygulama posta göndermek için smtp.office365.com sunucusuna bağlandı, ancak oturum açmadan MAIL FROM komutunu verdi. Bu gönderim uç noktası yalnızca kimliği doğrulanmış istemcilerden posta kabul eder ve kimlik doğrulama için önce TLS gerekir.',
    causes: [
      'Cihaz ya da uygulama, kullanıcı adı ve parola olmadan (OAuth da olmadan) anonim geçiş için yapılandırılmış.',
      'TLS anlaşması yapamıyor (587 numaralı bağlantı noktasında STARTTLS), bu yüzden kimlik doğrulama adımına hiç gelmiyor.',
      'Yanlış kimlik bilgileri ya da Exchange Online lisansı olmayan bir posta kutusu kullanıyor ve oturum açmadan devam ediyor.',
    ],
    steps: [
      'İstemci ayarlarını denetleyin: sunucu smtp.office365.com, bağlantı noktası 587, STARTTLS, lisanslı bir posta kutusuyla kimlik doğrulama.',
      "Bu posta kutusu için SMTP AUTH'a izin verildiğinden emin olun (`Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false`) ve OAuth'a geçişi planlayın; SMTP AUTH'ta temel kimlik doğrulama kullanımdan kaldırılıyor.",
      'Cihaz kimliğini doğrulayamıyorsa bunun yerine doğrudan gönderimi (direct send) ya da gelen bağlayıcılı bir SMTP geçişini kullanın.',
    ],
  },
  'X.7.64': {
    title: 'Şirket içinden gelen posta kiracınıza atanamadı',
    meaning:
      'Microsoft 365, şirket içi sunucularınızdan gelmesi gereken postayı aldı, ancak onu kaynak IP adresine ya da sertifikaya göre kuruluşunuzun hiçbir gelen bağlayıcısıyla eşleştiremedi. Anonim posta sayılan bu ileti dış alıcılara aktarılamaz, bu yüzden reddedilir.',
    causes: [
      'Şirket içi postanın çıktığı genel IP adresi değişti (yeni sağlayıcı, NAT ya da güvenlik duvarı değişikliği) ve bağlayıcıda hâlâ eski adres var.',
      'Şirket içi gönderme bağlayıcısındaki sertifika başka adlarla yenilendi; bu yüzden gelen bağlayıcıdaki `TlsSenderCertificateName` ile artık eşleşmiyor.',
      'Gelen bağlayıcı kapatıldı, silindi ya da yenisiyle değiştirildi; örneğin Karma Yapılandırma Sihirbazı yeniden çalıştırıldığında.',
    ],
    steps: [
      "Sunucunuzun Microsoft 365'e bağlanırken gerçekte kullandığı IP adresini bulun (NDR'de ya da şirket içi gönderme günlüğünde görünür).",
      'Bunu bağlayıcıyla karşılaştırın: `Get-InboundConnector | Format-List Name,Enabled,ConnectorType,SenderIPAddresses,TlsSenderCertificateName`.',
      "IP adreslerini ya da sertifika adını `Set-InboundConnector` ile düzeltin veya Karma Yapılandırma Sihirbazı'nı yeniden çalıştırın.",
      'Aktarmanın yeniden çalıştığını doğrulamak için dış bir adrese test iletisi gönderin.',
    ],
  },
  'X.7.124': {
    title: 'Gönderen, grubun izin verilen gönderenler listesinde değil',
    meaning:
      'Alıcı, yalnızca listesindeki gönderenlerden posta kabul eden bir dağıtım grubu ve gönderen bu listede değil. Bu kısıtlama açıkken grubun sahiplerinin bile listede olması gerekir.',
    causes: [
      'Grubun teslim yönetimi yalnızca belirli gönderenlere izin veriyor ve bu gönderen hiç eklenmedi.',
      'Gönderen, listedekinden farklı bir adresten (bir diğer ad ya da kişisel hesap) yazıyor.',
    ],
    steps: [
      'Kimlerin gönderebileceğini denetleyin: `Get-DistributionGroup -Identity <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers`.',
      'Gönderene izin verilmesi gerekiyorsa grubun sahibi ya da bir yönetici onu ekler: `Set-DistributionGroup -Identity <group> -AcceptMessagesOnlyFromSendersOrMembers @{Add="<sender>"}`.',
      'Aksi hâlde gönderen, grup yerine kuruluştaki bir kişiye yazar.',
    ],
  },
  'X.7.133': {
    title: 'Grup yalnızca iç gönderenlerden posta kabul ediyor',
    meaning:
      'Alıcı, yalnızca kimliği doğrulanmış gönderenlerden, yani kendi kuruluşunun içinden posta kabul eden bir grup. Dışarıdan gelen ya da anonim olarak ulaşan bir ileti reddedilir.',
    causes: [
      'Grupta `RequireSenderAuthenticationEnabled` değeri `$true` (yeni gruplarda varsayılan) ve gönderen kuruluş dışından.',
      "Karma (hybrid) yapıda şirket içi kullanıcıların postası, karma gelen bağlayıcıdan geçmediği için Exchange Online'a anonim olarak ulaşıyor.",
    ],
    steps: [
      'Dış gönderenlerin gruba ulaşması gerekiyorsa alıcının yöneticisi buna izin verir: `Set-DistributionGroup -Identity <group> -RequireSenderAuthenticationEnabled $false` (Microsoft 365 grubu için `Set-UnifiedGroup`).',
      'Karma yapıdaki şirket içi bir gönderen için postanın gelen bağlayıcı üzerinden geldiğini denetleyin (bkz. 5.7.64).',
      'Aksi hâlde gönderen doğrudan grubun bir üyesine yazar.',
    ],
  },
  'X.7.134': {
    title: 'Posta kutusu yalnızca iç gönderenlerden posta kabul ediyor',
    meaning:
      'Alıcının posta kutusu yalnızca kendi kuruluşundaki kimliği doğrulanmış gönderenlerden posta kabul ediyor; bu yüzden dışarıdan gelen ileti reddedilir.',
    causes: [
      'Posta kutusunda `RequireSenderAuthenticationEnabled` değeri `$true`; yalnızca iç kullanıma ayrılmış bir posta kutusunda bu çoğu zaman bilinçli bir tercihtir.',
      'Karma yapıda şirket içinden gelen posta anonim olarak ulaştı.',
    ],
    steps: [
      'Dışarıdan gelen postanın kabul edilip edilmeyeceğine alıcının yöneticisi karar verir; kabul edilecekse: `Set-Mailbox -Identity <mailbox> -RequireSenderAuthenticationEnabled $false`.',
      'Şirket içi bir gönderen için karma postanın kuruluşa nasıl atandığını denetleyin (bkz. 5.7.64).',
    ],
  },
  'X.7.135': {
    title: 'Ortak klasör yalnızca iç gönderenlerden posta kabul ediyor',
    meaning:
      'Alıcı, yalnızca kimliği doğrulanmış gönderenlerden ileti kabul eden, posta etkin bir ortak klasör; bu yüzden kuruluş dışından gelen posta reddedilir. Aynı durum 5.7.13 koduyla da gelebilir.',
    causes: [
      'Ortak klasörde `RequireSenderAuthenticationEnabled` değeri `$true`.',
      'Gönderen kuruluş dışından ya da posta anonim olarak ulaştı.',
    ],
    steps: [
      'Dışarıdan gelen postanın klasöre ulaşması gerekiyorsa: `Set-MailPublicFolder -Identity <folder> -RequireSenderAuthenticationEnabled $false`.',
      'Klasörün kendi teslim kısıtlamalarının (kabul edilen gönderenler) bu göndereni ayrıca engellemediğini de denetleyin.',
    ],
  },
  'X.7.136': {
    title: 'Posta kullanıcısı yalnızca iç gönderenlerden posta kabul ediyor',
    meaning:
      'Alıcı, yalnızca kimliği doğrulanmış gönderenlerden posta kabul eden bir posta kullanıcısı (kuruluşta yer alan ama posta kutusu başka bir yerde olan bir kişi); bu yüzden dışarıdan gelen posta reddedilir.',
    causes: [
      'Posta kullanıcısında `RequireSenderAuthenticationEnabled` değeri `$true`.',
      'Gönderen kuruluş dışından ya da posta anonim olarak ulaştı.',
    ],
    steps: [
      'Dışarıdan gelen postanın ulaşması gerekiyorsa: `Set-MailUser -Identity <user> -RequireSenderAuthenticationEnabled $false`.',
      'Aksi hâlde gönderen, kişinin dış adresine doğrudan yazar.',
    ],
  },
  'X.7.501-513': {
    title: 'Erişim reddedildi: gönderen, IP adresi ya da alıcı yasaklı veya engelli',
    meaning:
      'Microsoft 365 filtrelemesinin bir ret ailesi; hangisi olduğunu koddan sonraki metin söyler. 5.7.501–5.7.503: gönderen hesap istenmeyen posta nedeniyle yasaklandı; 5.7.504 ve 5.7.505: geçersiz ya da yasaklı alıcı; 5.7.506: hatalı HELO; 5.7.507: alıcının engellediği IP adresi; 5.7.508: sınırlarını aşan bir IPv6 aralığı; 5.7.511: yasaklı gönderen IP adresi. 5.7.509, 5.7.510, 5.7.512 ve 5.7.513 kodlarının kendi sayfaları vardır.',
    causes: [
      'Kiracınızdaki ele geçirilmiş bir hesap istenmeyen posta gönderdi ve yasaklandı (5.7.501–5.7.503).',
      "Gönderen sunucu, istenmeyen posta botlarının yaptığı gibi HELO'da bağlandığı sunucunun adıyla kendini tanıtıyor (5.7.506).",
      "Gönderen IP adresi Microsoft'un engelleme listesinde (5.7.511) ya da alıcı tarafından engellenmiş (5.7.507).",
    ],
    steps: [
      "NDR'deki tam kodu ve metni okuyun: çözüm bunlara bağlıdır.",
      'Yasaklanan hesabı güvenceye alın (parolayı sıfırlayın, oturumları sonlandırın, tanımadığınız kuralları ve iletmeyi kaldırın), ardından gönderimin yeniden açılması için Microsoft desteğine başvurun.',
      "5.7.511'de IP adresinin listeden çıkarılmasını NDR'de anlatıldığı gibi isteyin; 5.7.506'da HELO'nun sunucunun kendi tam etki alanı adını kullanmasını sağlayın.",
      'Engellenen bir alıcı ya da IP adresi için (5.7.504, 5.7.505, 5.7.507) adresi denetleyin ya da alıcıyla iletişime geçin.',
    ],
  },
  'X.7.509': {
    title: "Gönderen etki alanı DMARC'tan geçemiyor (reject ilkesi)",
    meaning:
      'Alıcı taraf (Microsoft 365 ya da Outlook.com), iletinin From adresindeki etki alanını DMARC kaydına göre denetledi: ne SPF ne de DKIM bu etki alanıyla uyumlu biçimde geçti ve etki alanının ilkesi reject olduğu için ileti reddedildi.',
    causes: [
      'Etki alanı adına gönderen bir hizmet (bülten aracı, CRM, destek talebi sistemi) SPF kaydında yok ve etki alanıyla DKIM imzası atmıyor.',
      'Etki alanı için DKIM imzalama etkin değil ya da DNS kayıtları hatalı.',
      'İleti yolda başka bir adrese iletildi ya da değiştirildi; bu da SPF sonucunu ve DKIM imzasını bozdu.',
    ],
    steps: [
      'NDR ile birlikte dönen özgün iletinin `Authentication-Results` üst bilgisini okuyun: `spf=`, `dkim=` ve `dmarc=` sonuçlarını gösterir.',
      "Meşru her gönderim hizmetini SPF'ye ekleyin ya da daha iyisi, hizmetin etki alanınızla DKIM imzası atmasını sağlayın.",
      'Düzeltmeden önce ve sonra etki alanının DMARC toplu raporlarını izleyin; ilkeyi gevşetmeyi yalnızca geçici bir önlem olarak kullanın.',
    ],
  },
  'X.7.510': {
    title: 'Alıcının etki alanı IPv6 üzerinden posta kabul etmiyor',
    meaning:
      "Gönderen sunucu Microsoft 365'e IPv6 üzerinden teslim etmeye çalıştı, ancak alıcının etki alanı Exchange Online'da gelen IPv6 için etkinleştirilmemiş; bu yüzden ileti bu bağlantıda reddedilir.",
    causes: [
      "Gönderen sunucu, birçok sunucunun olanak bulduğunda yaptığı gibi Microsoft 365'e IPv6 ile bağlandı.",
      "Alıcı kiracı, kabul edilen etki alanı için IPv6'yı açmadı (açılmadıkça kapalıdır).",
    ],
    steps: [
      "Gönderen bu etki alanına bunun yerine IPv4 üzerinden teslim edebilir (çoğu posta sunucusu belirli bir hedef için IPv4'ü tercih edebilir).",
      "Etki alanı sizinse durumu `Get-IPv6StatusForAcceptedDomain -Domain <domain>` ile denetleyin ve IPv6'yı `Enable-IPv6ForAcceptedDomain -Domain <domain>` ile açın; yeni durumun görünmesi bir saati bulabilir.",
      "Bundan sonra IPv6 üzerinden gönderenler SPF ya da DKIM'den geçmeli (4.7.26) ve bir ters DNS kaydına sahip olmalıdır (5.7.25).",
    ],
  },
  'X.7.512': {
    title: 'From üst bilgisi RFC 5322 ile uyumlu değil',
    meaning:
      'Microsoft 365 iletiyi reddetti; çünkü From üst bilgisinde geçerli bir e-posta adresi yok ya da üst bilgi, standardın (RFC 5322, bölüm 3.6.2) izin vermediği bir biçimde yazılmış.',
    causes: [
      'Bir uygulama, betik ya da cihaz From üst bilgisine yalnızca görünen adı ya da söz dizimi hatalı bir adresi yazıyor.',
      'From üst bilgisi yok, boş ya da iki kez yer alıyor.',
    ],
    steps: [
      'Reddedilen bir iletinin From üst bilgisine kaynağında bakın (uygulamanın günlüğünde ya da gönderilmiş kopyasında).',
      'Uygulamayı tam bir adres yazacak şekilde düzeltin, örneğin `From: Contoso Alerts <alerts@contoso.com>`.',
      'Bir test iletisi gönderin ve kabul edildiğini ileti izlemede doğrulayın.',
    ],
  },
  'X.7.513': {
    title: 'Alıcının kuruluşu gönderen IP adresini engelledi',
    meaning:
      "Bir Microsoft 365 kiracısı olan alıcının kuruluşu, gönderen IP adresini kendi engelleme listesine (metindeki Customer Block list) ekledi; bu yüzden Microsoft 365 o etki alanı için bu adresten gelen postayı reddediyor. Microsoft'un kendi engelleme listelerinin bununla ilgisi yoktur.",
    causes: [
      'Alıcının yöneticisi IP adresini, istenmeyen posta sonrasında ya da yanlışlıkla, bağlantı filtresi ilkesinin IP engelleme listesine ekledi.',
      'IP adresi paylaşılıyor (barındırma, bulut hizmeti) ve başka bir gönderen yüzünden engellendi.',
    ],
    steps: [
      'Gönderen alıcıya başka bir kanaldan ulaşır ve IP adresini, NDR metninin tamamıyla birlikte iletir.',
      'Alıcının yöneticisi kaydı bulur (`Get-HostedConnectionFilterPolicy | Format-List IPBlockList`) ve kaldırır: `Set-HostedConnectionFilterPolicy -Identity Default -IPBlockList @{Remove="<IP>"}`.',
      'Değişiklik geçerli olduktan sonra iletiyi yeniden gönderin.',
    ],
  },
  'X.7.515': {
    title: 'Gönderen etki alanı gereken kimlik doğrulama düzeyini karşılamıyor',
    meaning:
      'Outlook.com (outlook.com, hotmail.com ve live.com adreslerinin arkasındaki bireysel kullanıcı hizmeti) iletiyi reddetti; çünkü gönderen etki alanı, hizmetin yüksek hacimli gönderenlerden beklediği kimlik doğrulamayı sağlamıyor: SPF ve DKIM geçmeli, etki alanının da bunlardan en az biriyle uyumlu bir DMARC kaydı olmalıdır.',
    causes: [
      "Etki alanı Outlook.com adreslerine günde yaklaşık 5.000'den fazla ileti gönderiyor ve SPF, DKIM ya da DMARC kaydı eksik.",
      'DKIM ana posta sistemi için kurulmuş, ancak etki alanı adına gönderen toplu posta hizmeti için kurulmamış.',
      'DMARC kaydı yok ya da SPF ve DKIM yalnızca başka bir etki alanı için geçiyor (uyum yok).',
    ],
    steps: [
      'Etki alanının ne yayımladığını denetleyin: `Resolve-DnsName -Type TXT <domain>` (SPF) ve `Resolve-DnsName -Type TXT _dmarc.<domain>`.',
      "Etki alanı adına gönderen her hizmette DKIM'i açın; Microsoft 365'te `Get-DkimSigningConfig` komutuna bakın.",
      'Bir DMARC kaydı yayımlayın (en az `p=none`) ve SPF, DKIM ile DMARC geçtikten sonra iletiyi yeniden gönderin.',
    ],
  },
  'X.7.606-649': {
    title: 'Gönderen IP adresi yasaklandı',
    meaning:
      'Microsoft 365 bağlanan IP adresinden gelen postayı reddediyor; çünkü bu adres, genellikle kendisinden istenmeyen posta ya da başka kötü amaçlı trafik çıktıktan sonra, yasaklı gönderenler listesine alınmış. Açıklama 5.7.606 ile 5.7.649 arasındaki aralığın tamamı içindir.',
    causes: [
      'Gönderen sunucudaki ele geçirilmiş bir hesap, açık geçiş ya da kötü amaçlı yazılım bu IP adresinden istenmeyen posta gönderdi.',
      'IP adresi bir istenmeyen posta göndericisiyle paylaşılıyor ya da yakın zamanda onun tarafından kullanıldı.',
      'İyi gönderim uygulamalarına uyulmadan yapılan toplu gönderimler IP adresinin itibarını zedeledi.',
    ],
    steps: [
      'Önce kötü trafiğin kaynağını bulup durdurun (ele geçirilmiş hesaplar, açık geçiş, virüslü konaklar).',
      "IP adresinin listeden çıkarılmasını, IP adresini ve NDR metninin tamamını vererek Microsoft'un listeden çıkarma portalında (sender.office.com) isteyin.",
      'Listeden çıkarıldıktan sonra değişikliğin her yerde geçerli olması için 24 saate kadar bekleyin, ardından iletiyi yeniden gönderin.',
    ],
  },
  'X.7.703': {
    title: 'Alıcı, kiracınızın izin verilenler ve engellenenler listesinde engelli',
    meaning:
      'Kuruluşunuzdan biri, kiracınızın kendi izin verilenler ve engellenenler listesinde (Tenant Allow/Block List) engelleme kaydı bulunan bir adrese ya da etki alanına ileti gönderdi. Engelleme kayıtları giden postayı da durdurur ve alıcılardan yalnızca biri engelli olsa bile ileti tüm alıcılar için bütünüyle reddedilir.',
    causes: [
      'Gelen istenmeyen postaya karşı eklenen bir gönderen ya da etki alanı engelleme kaydı, o adrese giden yanıtları ve yeni iletileri de yakalıyor.',
      'Kayıt amaçlanandan geniş (tek bir adres yerine bütün bir etki alanı).',
    ],
    steps: [
      'Engelleme kayıtlarını listeleyin: `Get-TenantAllowBlockListItems -ListType Sender -Block`.',
      'Alıcı meşruysa kaydı kaldırın ya da daraltın (`Remove-TenantAllowBlockListItems`); yalnızca gelen postayı engellemek için bunun yerine bir istenmeyen posta önleme ilkesindeki engellenen gönderenleri kullanın.',
      'Kullanıcıdan iletiyi yeniden, gerekirse engellenen alıcı olmadan göndermesini isteyin.',
    ],
  },
  'X.7.705': {
    title: 'Kiracı giden istenmeyen posta eşiğini aştı',
    meaning:
      'Microsoft 365, kiracınızın (tenant) tamamı için giden postayı engelledi; çünkü kiracıdan çok fazla istenmeyen ya da toplu posta gönderildi. Engel, siz nedeni bulup giderene ve Microsoft desteği engeli kaldırana kadar sürer.',
    causes: [
      'Ele geçirilmiş kullanıcı ya da yönetici hesapları, bazen bir saldırganın oluşturduğu gelen bağlayıcılar üzerinden, istenmeyen posta gönderiyor.',
      'Ele geçirilmiş bir şirket içi sunucu, bir bağlayıcı üzerinden istenmeyen posta aktarıyor.',
      'Nadiren: abonelik süresi dolduktan sonra yenilendi ve hizmet değişikliği henüz işlemedi (genellikle bir gün içinde işler).',
    ],
    steps: [
      'Kaynağı Microsoft Defender portalındaki giden posta raporlarıyla (en çok gönderenler, posta akışı durumu) ve ileti izlemeyle bulun.',
      'Kaynağı durdurun: ele geçirilmiş hesapları güvenceye alın, tanımadığınız bağlayıcıları kaldırın (`Get-InboundConnector`), şirket içi sunucuyu temizleyin.',
      'Ardından nedeni ve yaptığınız değişiklikleri anlatarak Microsoft desteğinde bir destek talebi açın.',
    ],
  },
  'X.7.708': {
    title: 'Bu IP adresinden gelen trafik kabul edilmiyor',
    meaning:
      'Microsoft 365, kiracınızın giden postasını reddetti; çünkü posta, yeni müşteriler için kullanılan düşük itibarlı bir IP havuzundan çıkacaktı. Bu durum genellikle deneme kiracılarında ve gönderime yeni başlamış kiracılarda görülür.',
    causes: [
      'Kiracı deneme sürümünde ya da henüz ücretli lisansı yok.',
      'Yeni bir kiracı hemen yüksek hacimde giden postayla başlıyor.',
    ],
    steps: [
      'Kiracı hâlâ deneme sürümündeyse lisans satın alıp atayın.',
      'O zamana kadar Microsoft desteğinden bu IP adresi için bir istisna isteyin.',
      'onmicrosoft.com etki alanı yerine doğrulanmış bir özel etki alanından, olağan hacimlerle başlayın.',
    ],
  },
  'X.7.750': {
    title: 'Kayıtlı olmayan etki alanlarından gönderim engellendi',
    meaning:
      'Microsoft 365 kiracınızın gönderimini engelledi; çünkü kiracıdan, kabul edilen etki alanı olarak eklenip doğrulanmamış etki alanları adına şüpheli sayıda ileti çıkıyor. Bu tür postanın az miktarına göz yumulur; yüksek hacim kötüye kullanım sayılır.',
    causes: [
      'Şirket içi bir sunucu ya da uygulama, kiracıya hiç eklenmemiş etki alanları adına Microsoft 365 üzerinden posta aktarıyor.',
      'Bir saldırgan kiracıda bir gelen bağlayıcı oluşturdu ve bunun üzerinden uydurma gönderen etki alanlarıyla istenmeyen posta aktarıyor.',
    ],
    steps: [
      'Kabul edilen etki alanlarını listeleyin (`Get-AcceptedDomain`), ardından gönderim yaptığınız her etki alanını ekleyip doğrulayın.',
      'Ya da gelen bağlayıcının aktarma yapan sunucuyu bir sertifikayla tanımasını sağlayın; sertifikanın etki alanı, kabul edilen etki alanlarınızdan biri olmalıdır.',
      'Tanımadığınız bağlayıcıları (`Get-InboundConnector`) ve ele geçirilmiş hesapları arayın: bağlayıcıları kaldırın, hesapları güvenceye alın.',
    ],
  },
} satisfies CodeTextsPart;
