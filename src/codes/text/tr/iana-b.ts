/** Registry texts (tr): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.4.0': {
    title: 'Ağ veya TLS hatası',
    meaning:
      'Daha dar bir kodun tanımlamadığı ağ ve yönlendirme sorunları için kullanılan genel koddur. Exchange ortamında 451 4.4.0 olarak görünür ve onu gönderen taraftaki Exchange taşıma hizmetinin kendisi yazar: şirket içi Exchange Server bu kodu kuyruğunda gösterir, Exchange Online ise kuyrukta bekleyen iletinin 4.4.317 hatasındaki `Message` alanına yazar. Neyin bozulduğunu koddan sonraki metin söyler: `Socket error SocketError` TCP oturumunun kurulamadığını ya da sıfırlandığını, `TLS negotiation failed with error` ise TLS el sıkışmasının tamamlanamadığını gösterir.',
    causes: [
      'İki sunucu arasındaki bir güvenlik duvarı, proxy ya da SMTP incelemesi özelliği oturumu sıfırlıyor veya STARTTLS’ye müdahale ediyor.',
      'İki taraf ortak bir TLS sürümünde ya da şifrelemede anlaşamıyor: karşı sunucu yalnızca Exchange Online’ın hiç kullanmadığı TLS 1.0 veya 1.1’i sunuyor ya da SMTP hizmetine atanmış sertifikası eksik veya geçersiz.',
      'Alıcı sunucu aşırı yüklü ya da SMTP hizmeti takılıyor, bu yüzden bağlantıyı kesiyor.',
      'Kararsız bir ağ yolu: paket kaybı, yanlış MTU değeri, internet servis sağlayıcısında veya VPN’de sorun.',
    ],
    steps: [
      'Satırın tamamını okuyun. Exchange Server’da `Get-Queue | Format-List Identity,NextHopDomain,LastError` komutunu çalıştırın; Exchange Online’da iletinin Defer olayını `Get-MessageTraceDetailV2` ile açın.',
      'TCP yolunu postanın çıktığı ağdan `Test-NetConnection <host> -Port 25` ile test edin. Bulut sanal makinesinden test etmeyin: orada giden trafikte 25 numaralı bağlantı noktası genellikle engellidir.',
      'STARTTLS’yi ve sertifikayı `openssl s_client -connect <host>:25 -starttls smtp -servername <host>` ile test edin ve alıcı sunucuda TLS 1.2’nin açık olduğundan emin olun.',
      'Ağ ekibinizden, denemelerin yapıldığı saatlerde güvenlik duvarı günlüğünde sıfırlanan bağlantıları aramasını ve bu trafik için SMTP incelemesini kapatmasını isteyin.',
    ],
    classNotes: {
      '4': 'Olağan biçim: gönderen sunucu iletiyi kuyrukta tutar ve yeniden dener; yeniden deneme süresi bitene kadar hiçbir şey kaybolmaz.',
      '5': '5.4.0 olarak geldiğinde gönderen sunucu vazgeçmiştir ve yeniden denemez. Koddan sonraki metin genellikle asıl nedeni söyler: onu giderin ve iletiyi yeniden gönderin.',
    },
  },
  'X.4.1': {
    title: 'Alıcı veya geçiş erişimi reddedildi',
    meaning:
      'Standartta bu kod, bir sonraki sunucunun bağlantı denemesine hiç yanıt vermediği anlamına gelir. Microsoft 365 ise 5.4.1 koduna kendi anlamını verir: alıcıyı daha SMTP oturumu sırasında, hemen reddeder. `Recipient address rejected: Access denied`, etki alanının alıcı kiracıda Yetkili (Authoritative) türünde olduğunu ve bu adresin orada bulunmadığını gösterir (Directory-Based Edge Blocking denetimi). `Relay Access Denied` ise iletiyi alan hizmetin o etki alanı için hiç posta kabul etmediği anlamına gelir.',
    causes: [
      'Adres alıcı kiracıda yok: yazım hatası, silinmiş veya adı değiştirilmiş bir kullanıcı ya da yalnızca şirket içinde bulunan ve Microsoft 365’e hiç eşitlenmemiş bir adres.',
      'Etki alanının türü İç Geçiş (Internal Relay) türünden Yetkili (Authoritative) türüne değiştirilmiş, ancak alıcılarından bazılarının posta kutusu hâlâ şirket içinde ya da başka bir sistemde.',
      '`Relay Access Denied`: etki alanının MX kaydı Microsoft 365’i gösteriyor ama etki alanı kiracının kabul edilen etki alanları arasında değil ya da şirket içi sunucularınızdan gelen posta Microsoft 365’e ulaşıyor ama hiçbir gelen bağlayıcıyla eşleşmiyor (bu durumda bugün çoğunlukla 5.7.64 görülür).',
    ],
    steps: [
      '5.4.1 kodundan sonra hangi metnin geldiğine ve onu hangi sunucunun yazdığına bakın: adı `mail.protection.outlook.com` ile biten sunucu, alıcı kuruluşun Microsoft 365 hizmetidir.',
      'Alıcı sizin kuruluşunuzdaysa adresin var olduğunu `Get-Recipient <address>` ile denetleyin; şirket içinden eşitlenen bir kullanıcı için dizin eşitlemesinin nesneyi bu adresle oluşturduğundan emin olun.',
      'Etki alanının Exchange Online dışında hâlâ alıcıları varsa türünü yeniden İç Geçiş yapın: `Set-AcceptedDomain -Identity <domain> -DomainType InternalRelay`.',
      '`Relay Access Denied` için etki alanının kabul edildiğini `Get-AcceptedDomain` ile, MX kaydının nereyi gösterdiğini `Resolve-DnsName -Type MX <domain>` ile denetleyin.',
      'Alıcı başka bir kuruluştaysa gönderen, teslim edilemedi raporunu (NDR) o kuruluşun yöneticisine iletir: sorunu yalnızca o düzeltebilir.',
    ],
    classNotes: {
      '4': '4.4.1 standarttaki anlamını korur: şirket içi bir Exchange Server (çoğunlukla bir Winsock hatasıyla birlikte 441 4.4.1 olarak) ya da başka bir sunucu, kuyruğunda bir sonraki konağın yanıt vermediğini bildirir ve yeniden dener. 4.4.315’teki gibi ele alın.',
      '5': 'Microsoft 365’ten gelen 5.4.1 anında verilen bir rettir: ileti kuyruğa alınmaz; yeniden göndermek ancak adres ya da etki alanı düzeltildikten sonra işe yarar.',
    },
  },
  'X.4.2': {
    title: 'Bağlantı koptu',
    meaning:
      'Bir sonraki sunucuyla oturum kurulmuş, ancak ileti aktarılmadan kopmuştur. Exchange ortamında çoğunlukla `421 4.4.2 Connection dropped due to SocketError` (ya da `ConnectionReset`) biçiminde görünür: şirket içi bir Exchange Server’ın kuyruğunda ya da Exchange Online’daki bir 4.4.397 veya 5.4.300 hatasının zincirinde. Bağlayıcılarda Exchange Online aynı durumu 4.4.318 olarak bildirir.',
    causes: [
      'SMTP oturumlarını kesen veya sıfırlayan bir güvenlik duvarı ya da SMTP (ESMTP) denetimi özelliği.',
      'TLS sürümü uyuşmazlığı: taraflardan biri yalnızca Exchange Online’ın hiç kullanmadığı TLS 1.0 veya 1.1’e izin veriyor.',
      'Alıcı sunucu aşırı yüklü ya da düzgün çalışmıyor: geri baskı (back pressure), çöken taşıma hizmeti, yetersiz disk alanı veya bellek.',
      'İki taraf arasında kararsız bir ağ: paket kaybı, MTU sorunları, VPN ya da internet servis sağlayıcısı kaynaklı sorunlar.',
    ],
    steps: [
      'Satırın nereden geldiğini bulun: şirket içi kuyruktan mı (`Get-Queue`), Exchange Online ileti izlemesinden mi (`Get-MessageTraceDetailV2`)? Uzak konağı ve saatleri not edin.',
      'Ağ ekibinizden, o saatlerde güvenlik duvarı günlüğünde sıfırlamaları denetlemesini ve bu trafik için SMTP incelemesini kapatmasını isteyin.',
      'İki tarafın da TLS 1.2’yi desteklediğini denetleyin: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`.',
      'Alıcı sunucuda olay günlüğünü geri baskı olayları ve taşıma hizmetinin çökmeleri açısından inceleyin.',
    ],
    classNotes: {
      '4': 'Olağan biçim: gönderen yeniden dener ve tek seferlik bir kopma çoğu zaman kendiliğinden geçer. Hata tekrarlanıyorsa harekete geçin.',
      '5': '5.4.2 olarak geldiğinde gönderen, tekrarlanan kopmalardan sonra vazgeçmiştir: bağlantıyı düzeltin, sonra iletiyi yeniden gönderin.',
    },
  },
  'X.4.3': {
    title: 'Dizin sunucusu hatası',
    meaning:
      'Bir sunucu iletiyi iletemedi, çünkü dayandığı arama hizmeti (neredeyse her zaman DNS) yanıt vermedi. Exchange Online kendi başarısız DNS sorgularını 4.4.312 olarak bildirir; bu yüzden bu kod genellikle yoldaki başka bir posta sisteminden gelir.',
    causes: [
      'Kodu bildiren sistemin kullandığı DNS sunucuları çalışmıyor ya da zaman aşımına uğruyor.',
      'Alıcı etki alanının yetkili ad sunucuları hata veriyor veya erişilemiyor.',
      'Alıcı tarafta, alıcıları aramak için kullanılan dizin (LDAP, Active Directory) kullanılamıyor.',
    ],
    steps: [
      'Kodu hangi sunucunun yazdığını not edin: teslim edilemedi raporundaki oluşturan sunucu ya da raporun teslim durumu bölümündeki `Reporting-MTA` alanı.',
      'Etki alanını kendiniz sorgulayın (`Resolve-DnsName -Type MX <domain>` veya `dig MX <domain>`) ve yanıtların hızlı geldiğini ve birbiriyle tutarlı olduğunu denetleyin.',
      'Etki alanının ad sunucuları hata veriyorsa bunları etki alanının sahibi, DNS barındırma hizmetiyle birlikte düzeltmelidir.',
      'Hata veren sunucu sizinse DNS istemci ayarlarını ve kullandığı çözümleyicileri denetleyin.',
    ],
    classNotes: {
      '4': 'Geçici: gönderen yeniden dener; sorgular yeniden çalışınca ileti teslim edilir.',
      '5': '5.4.3 olarak geldiğinde sunucu vazgeçmiştir: ad çözümlemeyi düzeltin, sonra iletiyi yeniden gönderin.',
    },
  },
  'X.4.4': {
    title: 'Yönlendirilemiyor',
    meaning:
      'Sunucu ileti için bir sonraki atlamayı bulamadı: sorgular başarılı oldu ama yönlendirmede kullanılabilecek bir şey döndürmedi; örneğin etki alanının MX ya da adres kaydı yok veya adresi hiçbir bağlayıcı kapsamıyor. Exchange Server bunu `554 5.4.4 SMTPSEND.DNS.NonExistentDomain` ya da `SMTPSEND.DNS.MxLoopback` olarak yazar; Exchange Online’daki karşılıkları 5.4.310 ve 4.4.312’dir.',
    causes: [
      'Alıcı etki alanında yazım hatası ya da süresi dolmuş veya MX kaydı olmayan bir etki alanı.',
      'MX kaydı, adres kaydı olmayan bir adı ya da gönderen sunucunun kendisini gösteriyor (`SMTPSEND.DNS.MxLoopback`).',
      'Exchange Server’da hiçbir Gönderme bağlayıcısının adres alanı alıcı etki alanını kapsamıyor.',
    ],
    steps: [
      'Alıcı adresinde yazım hatası olup olmadığını gönderenle birlikte denetleyin.',
      'Etki alanını `Resolve-DnsName -Type MX <domain>` ile, ardından her MX konağının adres kaydını sorgulayın.',
      'Exchange Server’da yolları listeleyin: `Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts`.',
      'Etki alanının DNS kayıtları yanlışsa bunları etki alanının sahibi, DNS barındırma hizmetinde düzeltir.',
    ],
    classNotes: {
      '4': 'Geçici: sorgu daha sonra başarılı olabilir (örneğin bir DNS değişikliğinin hemen ardından), bu yüzden gönderen yeniden dener.',
      '5': 'Kalıcı: etki alanına giden bir yol yok. İletiyi ancak adres ya da DNS düzeltildikten sonra yeniden gönderin.',
    },
  },
  'X.4.5': {
    title: 'Posta sistemi tıkanıklığı',
    meaning:
      'Sunucu şu anda iletiyi kabul edemeyecek ya da iletemeyecek kadar meşgul. Exchange Online bu kodu nadiren gönderir: aşırı yüklenen bir Exchange Server bunun yerine 452 4.3.1 ile yanıt verir, Microsoft 365’in kısıtlaması da 4.7.500-699 kodlarını kullanır. Bu kodu görürseniz yanındaki metin meşgul sunucudan gelir.',
    causes: [
      'Alıcı sunucu aşırı yüklü: çok fazla bağlantı, uzun kuyruklar, az disk alanı veya bellek.',
      'Tek bir kaynaktan (bülten, belge tarayıcı, uygulama) gelen ani posta yığını sunucuyu boğuyor.',
      'İki sunucu arasındaki ağda tıkanıklık.',
    ],
    steps: [
      'Bekleyin: gönderen sunucu kendiliğinden yeniden dener ve ileti genellikle birkaç saat içinde ulaşır.',
      'Sorun sürerse alıcı sunucunun yöneticisine hata saatlerini ve gönderdiğiniz IP adresini iletin.',
      'Hatayı sizin sunucunuz veriyorsa kuyruklarını, disk alanını ve kaynaklarını denetleyin; toplu gönderimleri zamana yayın.',
    ],
    classNotes: {
      '4': 'Olağan biçim: geçicidir ve yeniden denenir.',
      '5': 'Kalıcı bir 5.4.5 olağan dışıdır: sunucu vazgeçmiştir, iletiyi daha sonra yeniden gönderin.',
    },
  },
  'X.4.6': {
    title: 'Yönlendirme döngüsü',
    meaning:
      'İleti çok fazla sunucudan geçtiği için durduruldu; ayarlar onu bir çember içinde dolaştırıyor. Exchange Online bunu 5.4.14 (`Hop count exceeded - possible mail loop`), karma (hybrid) yapıdaki şirket içi bir Exchange Server ise 5.4.6 olarak bildirir. Exchange varsayılan olarak döngüyü 20 turdan sonra keser ve gönderene bir teslim edilemedi raporu (NDR) gönderir.',
    causes: [
      'Etki alanı Microsoft 365’te İç Geçiş (Internal Relay) türünde ve şirket içi sunucu bilinmeyen alıcıları Microsoft 365’e geri gönderiyor; böylece iki tarafta da bulunmayan bir adres ikisi arasında dolaşıyor.',
      'Şirket içine ya da bir iş ortağı kuruluşa giden bir bağlayıcı, postayı Microsoft 365’e geri teslim eden bir konağı gösteriyor.',
      'Karşılıklı iletme: bir posta kutusunun iletme adresi, bir gelen kutusu kuralı ya da bir posta kişisi, postayı ilk adrese geri ileten bir adresi gösteriyor.',
      'Aynı etki alanını iki sistem kabul ediyor ve her biri onu diğerine yönlendiriyor.',
    ],
    steps: [
      'Geri dönen iletinin üst bilgilerini açın: `Received` satırları iletinin hangi sunucular arasında dolaştığını gösterir.',
      'Etki alanı türünü `Get-AcceptedDomain` ile, yolları `Get-OutboundConnector | Format-List Name,SmartHosts,RecipientDomains` ile denetleyin ve şirket içi tarafın bu etki alanını geri yönlendirmediğinden emin olun.',
      'Alıcının taraflardan birinde var olduğunu denetleyin: İç Geçiş türündeki bir etki alanında hiçbir yerde bulunmayan bir adres döngüye girer.',
      'İlgili posta kutularında iletmeyi (`Get-Mailbox <user> | Format-List ForwardingAddress,ForwardingSmtpAddress`) ve gelen kutusu kurallarını denetleyin.',
    ],
    classNotes: {
      '4': 'Bazı sunucular döngüyü geçici hata olarak bildirir, ama beklemek onu bitirmez: yönlendirmeyi düzeltin.',
      '5': 'Olağan biçim (Exchange Server’dan 5.4.6, Exchange Online’dan 5.4.14): iletinin teslimi durdurulur ve gönderene bir teslim edilemedi raporu gider. Yönlendirmeyi düzeltin, sonra iletiyi yeniden gönderin.',
    },
  },
  'X.4.7': {
    title: 'İletinin kuyrukta süresi doldu',
    meaning:
      'Gönderen sunucu iletiyi izin verilen süre boyunca kuyrukta tuttu ve sonunda vazgeçti. Exchange bunu `550 4.4.7 QUEUE.Expired; message expired` olarak yazar; kodu şirket içi bir Exchange Server (varsayılan olarak 2 gün dener) ya da yoldaki başka bir sunucu üretir. Exchange Online da kendi yeniden deneme süresi dolduğunda (varsayılan 24 saat; `Set-TransportConfig -MessageExpiration` ile 12 ila 24 saat) daha ayrıntılı 5.4.300 ve 5.4.31x kodlarının yanı sıra bu kodu kullanır. Asıl sorun, denemelerin başarısız olma sebebidir; bu sebep yanındaki satırlarda görünür.',
    causes: [
      'Alıcı sunucu yeniden deneme süresi boyunca yanıt vermedi ya da bağlantıları reddetti: kapalıydı, bir güvenlik duvarı onu engelliyordu veya DNS kayıtları yanlıştı.',
      'Alıcı sunucu sürekli geçici hatalarla yanıt verdi: gri liste (greylisting), kısıtlama, dolu disk, engelleme listesi.',
      'Gönderen tarafta şirket içi kuyruk, sunucunun kendi DNS, bağlayıcı veya ağ sorunu yüzünden takıldı.',
      'Daha seyrek olarak oturumun kendisinde bir zaman aşımı; örneğin tek bir iletide çok sayıda alıcı varsa.',
    ],
    steps: [
      'Teslim edilemedi raporunun tanılama bölümünü okuyun: `QUEUE.Expired` satırının yanında listelenen son deneme asıl hatayı verir; o kodun izini sürün.',
      'Raporu hangi sunucunun oluşturduğunu bulun. Şirket içi Exchange Server’ınızsa aynı etki alanına giden diğer iletiler için `Get-Queue | Format-List Identity,NextHopDomain,LastError` komutunu çalıştırın.',
      'İletinin süresi Exchange Online’da dolduysa Defer olaylarını `Get-MessageTraceV2` ve `Get-MessageTraceDetailV2` ile bulun.',
      'Neden giderildikten sonra gönderen iletiyi yeniden gönderir: süresi dolmuş bir ileti yeniden denenmez.',
    ],
    classNotes: {
      '4': 'Kod 4 sınıfında olsa da `550 4.4.7 QUEUE.Expired` kesin bir hatadır: ileti geri dönmüştür ve yeniden denenmeyecektir. `400 4.4.7 Message delayed` bildirimi ise yalnızca sunucunun hâlâ denediğini haber veren bir uyarıdır.',
      '5': '5.4.7, aynı durumun başka posta sistemlerince kalıcı hata sınıfıyla yazılmış biçimidir; yanındaki nedeni aynı şekilde okuyun.',
    },
  },
  'X.5.0': {
    title: 'Protokol hatası veya Outlook.com’da kullanılamayan posta kutusu',
    meaning:
      'Daha dar bir kodun tanımlamadığı SMTP alışverişi sorunları için kullanılan genel koddur. Exchange Online yöneticisinin en sık karşılaştığı biçimi, Outlook.com ya da Hotmail’den gelen `550 5.5.0 Requested action not taken: mailbox unavailable` yanıtıdır: böyle bir kişisel hesap bulunamamıştır; bir kiracı içindeki 5.1.10’a benzer.',
    causes: [
      'Outlook.com ya da Hotmail adresinde yazım hatası var veya hesap kapatılmış ya da silinmiş.',
      'Başka posta sistemlerinde: reddedilen bir komut; örneğin oturum açmadan posta göndermeye çalışan bir istemci. Hangi komut olduğunu koddan sonraki metin söyler.',
    ],
    steps: [
      'Adresi gönderenle birlikte denetleyin: yazımını ve kişinin o hesabı hâlâ kullanıp kullanmadığını.',
      'Kişisel hesap artık yoksa gönderen, alıcıdan başka bir adres ister.',
      'Başka sunucularda 5.5.0’dan sonraki metni okuyun ve bunun hangi komuta (MAIL FROM, RCPT TO ya da AUTH) verilen yanıt olduğuna bakın.',
    ],
    classNotes: {
      '2': '2.5.0, bir protokol komutunun başarılı olduğunu bildiren bir yanıttır; bazı sunucular bunu kabul edilen bir komuttan ya da oturum sıfırlandıktan sonra gönderir. Düzeltilecek bir şey yoktur.',
      '4': '4.5.0 geçici bir protokol sorunudur: gönderen yeniden dener.',
      '5': '5.5.0 kesindir: adres düzeltilmedikçe aynı adrese yeniden göndermek başarısız olur.',
    },
  },
  'X.5.1': {
    title: 'Geçersiz komut',
    meaning:
      'Alıcı sunucu, desteklemediği ya da sırası yanlış bir SMTP komutu aldı (örneğin herhangi bir alıcıdan önce ileti verisi). Exchange Online yöneticileri bunu nadiren görür; SMTP oturumunu yürüten yazılıma (belge tarayıcı, uygulama ya da betik) veya yolda oturumu değiştiren bir cihaza işaret eder.',
    causes: [
      'Eski ya da kurum içinde yazılmış bir SMTP istemcisi kullanan bir uygulama veya cihaz; örneğin sunucu sunmadığı hâlde AUTH ya da STARTTLS kullanıyor.',
      'Komutları silen ya da değiştiren bir güvenlik duvarının SMTP incelemesi; örneğin sunucunun EHLO yanıtından STARTTLS’yi çıkarıyor.',
      'Önceki bir komut başarısız olduktan sonra gönderilen ve sırası sunucu için artık anlamsız olan bir komut.',
    ],
    steps: [
      'Gönderen uygulamayı ya da cihazı bulun ve SMTP oturumunun dökümünü onun günlüğünden alın.',
      'Bunu sunucunun EHLO yanıtıyla karşılaştırın: istemci yalnızca sunucunun sunduğu özellikleri kullanabilir.',
      'Uygulamayı ya da cihazın üretici yazılımını güncelleyin veya onu Microsoft 365 üzerinden desteklenen bir gönderme yöntemine geçirin.',
      'Ağ ekibinizden bu trafik için SMTP incelemesini kapatmasını isteyin.',
    ],
  },
  'X.5.2': {
    title: 'Söz dizimi hatası',
    meaning:
      'Sunucu bir komutu çözümleyemedi: komut yanlış yazılmış, bozuk ya da bilinmiyordu. 5.5.1 gibi, iletiye ya da alıcıya değil, postayı gönderen yazılıma işaret eder.',
    causes: [
      'MAIL FROM ya da RCPT TO içinde bozuk bir adres; örneğin açılı ayraçlar olmadan ya da boşluklu yazılmış.',
      'CR LF yerine yalnızca LF ile biten satırlar ya da bir komutun içinde ASCII dışı baytlar.',
      'SMTP oturumunu değiştiren bir güvenlik duvarı veya proxy.',
    ],
    steps: [
      'Komutun tam hâlini istemcinin SMTP günlüğünden alın.',
      'İstemcinin ayarlarını (adres biçimi, satır sonları) düzeltin ya da istemciyi güncelleyin.',
      'Aynı iletiyi sorunsuz çalıştığını bildiğiniz bir istemciden gönderin; sorunun yalnızca o uygulamada olup olmadığını görün.',
    ],
  },
  'X.5.3': {
    title: 'Çok fazla alıcı',
    meaning:
      'İletide, alıcı sunucunun tek bir işlemde kabul ettiğinden daha fazla alıcı var. Microsoft 365, bir iletide aynı etki alanından 200’den fazla zarf alıcısı olduğunda 4.5.3 `Too many recipients` yanıtını verir; gönderen sunucunun kalan alıcıları başka bir işlemde göndermesi beklenir ve sıradan posta sunucuları bunu kendiliğinden yapar.',
    causes: [
      'Yüzlerce alıcıyı tek bir işleme koyan ve bu geçici reddi işlemeyen bir uygulama ya da toplu gönderim aracı.',
      'Tüm adreslerin Gizli alanına yazıldığı, bir betikle yapılan büyük bir gönderim.',
      'İleti başına alıcı sınırını (Exchange Online’da varsayılan 500) aşan bir ileti; Exchange bunu `550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients` hatasıyla geri gönderir.',
    ],
    steps: [
      'Gönderen sıradan bir posta sunucusuysa bekleyin: kalan alıcılar için kendisi yeniden dener.',
      'Uygulamayı, ileti başına en fazla 200 alıcılık gruplar hâlinde gönderecek ya da 4.5.3 yanıtından sonra reddedilen alıcıları yeniden deneyecek şekilde yapılandırın.',
      '`RESOLVER.ADR.RecipLimit` için herkesi tek tek yazmak yerine bir dağıtım grubuna gönderin ya da gönderenin sınırını `Get-Mailbox <user> | Format-List RecipientLimits` ile denetleyin.',
    ],
    classNotes: {
      '4': '4.5.3 yalnızca sınırın üstündeki alıcıları reddeder: kabul edilenler iletiyi alır, geri kalanlara ise yeni bir işlemde gönderilmesi gerekir.',
      '5': '5.5.3 iletinin tamamı için kesindir: alıcı listesini bölün ve iletiyi yeniden gönderin.',
    },
  },
  'X.5.4': {
    title: 'Geçersiz komut parametreleri',
    meaning:
      'Bilinen bir komut, sunucunun reddettiği bir değerle geldi: desteklemediği bir parametre, aralık dışında bir değer ya da hiç sunmadığı bir uzantı. Exchange Online’dan nadiren gelir; diğer protokol kodları gibi gönderen yazılıma işaret eder.',
    causes: [
      'İstemci, sunucunun EHLO yanıtında duyurmadığı bir ESMTP parametresini (SIZE, BODY ya da SMTPUTF8 gibi) kullanıyor veya yanlış yazıyor.',
      'Sunucunun kabul etmediği bir değer; örneğin sınırını aşan bir boyut bildirimi ya da bilinmeyen bir AUTH mekanizması.',
      'Bir komutta bozuk bir adres.',
    ],
    steps: [
      'Komutu ve sunucunun EHLO yanıtını istemcinin günlüğünden alın.',
      'İstemciyi yalnızca sunucunun sunduğu uzantıları kullanacak şekilde yapılandırın ya da güncelleyin.',
      'Oturumu yolda bir cihaz değiştiriyorsa ağ ekibinizden o cihazda SMTP incelemesini kapatmasını isteyin.',
    ],
  },
  'X.5.5': {
    title: 'Yanlış protokol sürümü',
    meaning:
      'İki taraf bir protokol sürümünde anlaşamadı. Exchange Online’dan neredeyse hiç gelmez: sürüm sorunları bugün TLS ile ilgilidir ve Exchange bunları başka kodlarla bildirir (bağlayıcılarda 4.4.317, SMTP istemci gönderiminde 421 4.7.66).',
    causes: [
      'Taraflardan birinde çok eski ya da alışılmadık bir posta yazılımı.',
      'Posta protokolleri arasında dönüştürme yapan ve bunlardan birini hatalı işleyen bir ağ geçidi.',
    ],
    steps: [
      'Sunucunun karşılama satırından ve EHLO yanıtından iki uçtaki yazılımı belirleyin.',
      'Eski olan tarafı güncelleyin.',
      'Asıl sorun TLS ise iki tarafın da TLS 1.2’yi desteklediğinden emin olun.',
    ],
  },
  'X.5.6': {
    title: 'Kimlik doğrulama satırı çok uzun',
    meaning:
      'SMTP AUTH sırasında istemci, sunucunun o mekanizma için kabul ettiğinden daha uzun bir base64 yanıtı gönderdi. Sunucular arasındaki postayı değil, posta göndermek için oturum açan istemcileri ve uygulamaları (client submission) ilgilendirir; nadiren görülür.',
    causes: [
      'İstemci çok uzun bir kimlik bilgisini tek satırda gönderiyor; örneğin büyük bir OAuth erişim belirteci.',
      'AUTH alışverişini sunucunun beklediği biçimde bölmeyen ya da boyutlandırmayan eski bir posta kitaplığı.',
    ],
    steps: [
      'İstemcinin SMTP günlüğünde AUTH alışverişine bakın.',
      'İstemciyi ya da posta kitaplığını güncelleyin.',
      'İstemci seçime izin veriyorsa sunucunun sunduğu başka bir kimlik doğrulama mekanizmasını deneyin.',
    ],
  },
  'X.6.0': {
    title: 'İçerik hatası',
    meaning:
      'İletinin içeriğindeki bir şey teslimi engelledi ve daha dar bir kod uymuyor. Exchange Online içerik nedeniyle yaptığı retleri başka kodlarla bildirir (tek başına satır besleme (LF) karakterleri için 5.6.11, iç içe ekler için 5.0.350, boyut kodları); bu yüzden 5.6.0 genellikle başka bir sistemden gelir ve neden metinde yazar.',
    causes: [
      'Bozuk MIME yapısı: hatalı bölüm sınırları, yanlış kodlama, geçersiz üst bilgi satırları.',
      'Alıcı sistemin işlemeyi reddettiği içerik; örneğin bozuk ya da alışılmadık bir ek.',
      'Yolda başarısız olan bir dönüştürme; örneğin bir winmail.dat ekinin ya da 8 bitten 7 bite dönüştürülmesi.',
    ],
    steps: [
      'Koddan sonraki metni okuyun: genellikle sorun çıkaran bölümü söyler.',
      'Sorunu daraltmak için iletiyi eksiz ya da düz metin olarak yeniden gönderin.',
      'İletiyi bir uygulama oluşturuyorsa ürettiği MIME çıktısını uygulamanın satıcısıyla birlikte denetleyin.',
    ],
  },
  'X.6.1': {
    title: 'Desteklenmeyen içerik türü',
    meaning:
      'Alıcı sunucu ya da yoldaki bir sonraki sunucu bu tür içeriği taşıyamıyor: bir gövde türü, kodlama ya da ek biçimi. Exchange Online’da nadiren görülür.',
    causes: [
      '8BITMIME ya da BINARYMIME duyurmayan bir sunucuya gönderilen 8 bitlik veya ikili bir gövde.',
      'Alıcı sistemin reddedecek şekilde ayarlandığı bir içerik türü.',
    ],
    steps: [
      'Koddan sonraki metni okuyun.',
      'İletiyi standart kodlamalarla yeniden gönderin: ekleri, ham veri gönderen bir uygulama yerine posta istemcisi kodlasın.',
      'Alıcı taraftaki yöneticiye hangi içerik türlerini kabul ettiklerini sorun.',
    ],
  },
  'X.6.2': {
    title: 'Dönüştürme gerekli ama yasak',
    meaning:
      'İletinin teslim edilebilmesi için içeriğinin dönüştürülmesi (genellikle 8 bitten 7 bite) gerekiyor, ancak dönüştürmeye izin verilmiyor: bunu iletinin kendisi ya da gönderen sunucunun ilkesi yasaklıyor. Exchange Online’da nadiren görülür.',
    causes: [
      'Bir sonraki sunucu yalnızca 7 bitlik içerik kabul ediyor, ileti ise 8 bitlik veya ikili.',
      'İleti dönüştürülmeyecek olarak işaretlenmiş; örneğin dönüştürme dijital imzayı bozacağı için.',
    ],
    steps: [
      'İletiyi 7 bite uygun bir biçimde (quoted-printable ya da base64) gönderin; çoğu istemci doğru ayarlandığında bunu yapar.',
      'İletiyi bir uygulama gönderiyorsa kodlama ayarını değiştirin ya da uygulamanın satıcısına sorun.',
    ],
  },
  'X.6.3': {
    title: 'Dönüştürme gerekli ama desteklenmiyor',
    meaning:
      'Yoldaki bir sunucunun içeriği dönüştürmesi gerekiyor (genellikle 8BITMIME desteği olmayan bir sonraki atlama için 8 bitten 7 bite), ancak bu dönüştürmeyi yapamıyor. Exchange Online’da nadiren görülür.',
    causes: [
      '8 bitlik ya da ikili bir iletinin yalnızca 7 bitlik içerik kabul eden bir sunucudan geçmesi gerekiyor ve ondan önceki aktarıcı sunucu dönüştürme yapamıyor.',
      'İletideki içerik türünü ya da karakter kümesini dönüştürmeyi bilmeyen bir ağ geçidi.',
    ],
    steps: [
      'İletiyi 7 bite uygun biçimde, quoted-printable ya da base64 kodlamasıyla yeniden gönderin.',
      'İletiyi bir uygulama gönderiyorsa kodlama ayarını değiştirin.',
      'Başarısız olan aktarıcı sunucu sizinse dönüştürme yapıp yapamadığını denetleyin ya da postayı başka bir yoldan yönlendirin.',
    ],
  },
  'X.6.4': {
    title: 'Kayıplı dönüştürme yapıldı',
    meaning:
      'Bir başarı bildirimi: ileti teslim edildi, ancak yoldaki bir dönüştürme sırasında bir kısmı kayboldu; örneğin hedef karakter kümesinin gösteremediği karakterler ya da biçimlendirme. Geri dönen ileti olarak değil, bir teslim durumu bildirimi olarak gelir ve nadiren görülür.',
    causes: [
      'Bir ağ geçidi iletiyi, içeriğin tamamını taşıyamayan bir karakter kümesine ya da biçime dönüştürdü.',
      'Zengin biçimlendirme yolda düz metne indirildi.',
    ],
    steps: [
      'Alıcıya neyin ulaştığını ve önemli bir şeyin eksik olup olmadığını sorun.',
      'Veri kaybolduysa iletiyi daha sağlam bir biçimde, örneğin PDF eki olarak ya da UTF-8 ile yeniden gönderin.',
      'Dönüştürmeyi kendi ağ geçitlerinizden biri yapmadıysa kiracınızda düzeltilecek bir şey yoktur.',
    ],
  },
  'X.6.5': {
    title: 'Dönüştürme başarısız oldu',
    meaning:
      'Yoldaki bir sunucunun içeriği dönüştürmesi gerekiyordu ve denedi, ancak dönüştürme başarısız oldu. Exchange Online’da nadiren görülür; koddan sonraki metin genellikle neyin dönüştürülemediğini söyler.',
    causes: ['Bozuk ya da hatalı biçimlendirilmiş bir ek.', 'Dönüştürmeyi yapan ağ geçidinin işleyemediği bir karakter kümesi veya biçim.'],
    steps: [
      'Koddan sonraki metni okuyun.',
      'İletiyi şüpheli ek olmadan ya da eki başka bir biçimde ekleyerek yeniden gönderin.',
      'Dönüştürmeyi yapan ağ geçidi sizinse günlüklerini inceleyin.',
    ],
    classNotes: {
      '4': 'Geçici: dönüştürme sonraki denemede başarılı olabilir, bu yüzden gönderen yeniden dener.',
      '5': 'Kalıcı: iletiyi başka bir biçimde gönderin.',
    },
  },
  'X.6.6': {
    title: 'İleti içeriği kullanılamıyor',
    meaning:
      'Sunucunun ileti içeriğini başka bir yerden alması gerekiyordu (bir posta istemcisinin IMAP sunucusunda duran bir iletiyi göndermesini sağlayan BURL uzantısıyla), ancak içeriği alamadı. Yalnızca BURL kullanan istemcileri ilgilendirir ve Exchange Online’da neredeyse hiç görülmez.',
    causes: [
      'İçeriğe giden IMAP bağlantısının süresi dolmuş ya da yetkilendirmesi artık geçerli değil.',
      'Gönderim sunucusu IMAP sunucusuna ulaşamıyor.',
    ],
    steps: [
      'İletiyi istemciden BURL kullanmadan, sıradan bir gönderim olarak yeniden gönderin.',
      'Sorun sürerse istemcinin ve IMAP sunucusunun ayarlarını satıcılarıyla birlikte denetleyin.',
    ],
  },
  'X.6.7': {
    title: 'ASCII dışı adrese izin verilmiyor',
    meaning:
      'MAIL FROM ya da RCPT TO komutundaki bir adreste ASCII dışı karakterler var (örneğin @ işaretinden önceki kısımda ł ya da ş) ve alıcı sunucu bu gönderen veya alıcı için böyle adresleri kabul etmiyor. Kod, uluslararası e-posta adreslerine (SMTPUTF8) aittir.',
    causes: [
      'Yoldaki bir sunucu SMTPUTF8’i desteklemiyor, bu yüzden ASCII dışı karakter içeren bir adresi kabul edemiyor.',
      'Alıcı sistem SMTPUTF8’i genel olarak destekliyor, ama o posta kutusu için değil.',
      'Gerçek adres düz ASCII iken adres aksanlı harflerle yazılmış ya da otomatik tamamlama onu öyle doldurmuş.',
    ],
    steps: [
      'Adresin gerçekte nasıl yazıldığını denetleyin: birçok kişi ASCII biçimi kullanır, örneğin şule yerine sule.',
      'Adres gerçekten böyle karakterler içeriyorsa gönderen, alıcıdan ASCII bir adres ister.',
      'Adresi kendi sunucunuz reddediyorsa SMTPUTF8’i destekleyip desteklemediğini denetleyin.',
    ],
  },
  'X.6.8': {
    title: 'UTF-8 yanıt gerekli ama izin verilmiyor',
    meaning:
      'Sunucu, bir adres denetimini (VRFY ya da EXPN komutu) yanıtlamak için posta kutusu adını UTF-8 ile göstermek zorunda, ancak istemci SMTPUTF8 desteğini bildirmedi. Sıradan teslimi değil yalnızca bu denetim komutlarını ilgilendirir ve Exchange Online’da neredeyse hiç görülmez.',
    causes: ['Bir istemci ya da araç, ASCII dışı karakter içeren bir adresi SMTPUTF8 olmadan VRFY veya EXPN ile denetliyor.'],
    steps: [
      'SMTPUTF8’i destekleyen bir istemci ya da araç kullanın veya VRFY yerine sıradan bir iletiyle teslimi test edin.',
      'Böyle bir adrese gönderilen normal posta için 5.6.7’ye bakın.',
    ],
    classNotes: {
      '2': '252 yanıtıyla birlikte geldiğinde sunucu adresi doğrulamaz, ama bu adrese gönderilen bir iletiyi yine de teslim etmeye çalışır.',
      '4': 'Geçici: aynı denetim daha sonra başarılı olabilir.',
      '5': 'Kalıcı: sunucu denetimi reddeder.',
    },
  },
  'X.6.9': {
    title: 'UTF-8 üst bilgiler teslim edilemiyor',
    meaning:
      'İletinin üst bilgi satırlarında UTF-8 var (bir SMTPUTF8 iletisi) ve ileti, sunucuları bunu desteklemeyen bir ya da daha fazla alıcıya ulaşamıyor; bu yüzden ileti verisi gönderildikten sonra reddedilir. Exchange Online’da nadiren görülür.',
    causes: [
      'Yoldaki bir alıcı sunucusu SMTPUTF8’i desteklemiyor ve UTF-8 üst bilgili bir ileti onun için ASCII’ye indirgenemiyor.',
      'From, To ya da Cc üst bilgilerinde ASCII dışı adresler.',
    ],
    steps: [
      'Hangi alıcıya teslimin başarısız olduğuna bakın: teslim edilemedi raporu bu alıcıları listeler.',
      'İletiyi o alıcıya ASCII bir adresten, üst bilgilerde de ASCII adreslerle yeniden gönderin.',
      'Alıcı taraftaki yöneticiye sunucularının SMTPUTF8’i destekleyip desteklemediğini sorun.',
    ],
  },
  'X.6.10': {
    title: 'X.6.8’in kullanımdan kaldırılmış kopyası',
    meaning:
      'Bu kod, X.6.8 ile aynı anlamda ikinci kez kaydedilmiş ve kullanımdan kaldırılmıştır; bu yüzden güncel posta sunucuları onu göndermemelidir. Bir sunucu gönderirse X.6.8 gibi okuyun.',
    causes: ['Kullanımdan kaldırılmış kodu hâlâ kullanan eski bir posta yazılımı.'],
    steps: ['Kodu X.6.8 gibi ele alın ve koddan sonraki metni okuyun.', 'Kodu gönderen yazılım sizinse onu güncelleyin.'],
  },
} satisfies CodeTextsPart;
