/** Registry texts (tr): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.0.0': {
    title: 'Belirtilmemiş durum',
    meaning:
      'Bu yanıtı yazan sunucu yalnızca sonucun başarı mı, geçici hata mı, kalıcı hata mı olduğunu bildirir; konu ya da ayrıntı vermez. İşe yarayan bilgi, kodun arkasındaki metindedir.',
    causes: [
      'Alıcı sunucu ya da önündeki bir filtre veya ağ geçidi, özel bir kodu olmayan her yanıt için X.0.0 kullanır.',
      'Alıcı taraftaki bir ilke ya da istenmeyen posta kuralı iletiyi reddetmiş ve asıl nedeni bilerek açıklamamıştır.',
      'Bir uygulama ya da betik kendi yanıtını oluşturmuş ve içine genel bir kod koymuştur.',
    ],
    steps: [
      'Teslim edilemedi raporundaki (NDR) ya da ileti izlemedeki (`Get-MessageTraceDetailV2`) yanıt satırını baştan sona okuyun: kodun arkasındaki sözcükler sorunu çoğu zaman adıyla söyler.',
      'Sorunun kimin tarafında olduğunu anlamak için yanıtı hangi sunucunun yazdığına bakın (NDR’nin tanılama bilgilerinde adı geçen konak).',
      'Metin işe yarar bir şey söylemiyorsa satırın tamamını tarih ve saatiyle birlikte alıcının yöneticisine gönderin; nedeni yalnızca onun günlükleri gösterir.',
    ],
    classNotes: {
      '2': '2.0.0 yalnızca başarı anlamına gelir: birçok sunucu kabul ettiği iletiyi `250 2.0.0 OK` yanıtıyla onaylar. Düzeltilecek bir şey yoktur.',
      '4': '4.0.0 olduğunda gönderenin sunucusu iletiyi kuyrukta tutar ve yeniden dener; NDR ancak yeniden deneme süresi dolduğunda oluşur.',
      '5': '5.0.0 olduğunda ileti kesin olarak reddedilmiştir: aynı ileti değiştirilmeden yeniden gönderilirse aynı şekilde başarısız olur.',
    },
  },
  'X.1.0': {
    title: 'Adres sorunu',
    meaning:
      'Gönderenin ya da bir alıcının adresiyle ilgili bir sorun iletiyi durdurmuştur ve sunucu daha belirgin bir kod vermemiştir. Exchange Online’da genellikle `550 5.1.0 Sender denied` biçimindedir ve bir adresin çözümlenemediği ya da reddedildiği anlamına gelir.',
    causes: [
      'Dosya olarak kaydedilip başka bir yerde açılan bir iletiye verilen yanıt: yanıtta SMTP adresi yerine Exchange’in iç adresi (legacyExchangeDN) bulunur ve arama başarısız olur.',
      'Eski bir ağ geçidinin ya da geçiş aracının sarmaladığı, artık kimseye çözümlenmeyen bir adres (`IMCEA` ile başlar).',
      'Alıcının sunucusu göndereni reddeder; örneğin gönderen etki alanının SPF kaydı bozuktur (`SPF Permanent Error`: iki SPF kaydı, çok fazla DNS sorgusu) ya da gönderen o sunucunun engelleme listesindedir.',
    ],
    steps: [
      'NDR’deki adresi gönderenin kastettiği adresle karşılaştırın: `IMCEA` önekine, X.500 dizesine ya da yazım hatasına bakın.',
      'Gönderenden eski öğeyi yanıtlamak yerine yeni bir ileti yazmasını ve adresi yeniden girmesini (elle ya da adres defterinden seçerek) isteyin.',
      'Metinde SPF geçiyorsa etki alanınızın SPF kaydını okuyun (`Resolve-DnsName -Type TXT <domain>`) ve tek bir kayıt kalacak biçimde söz dizimini düzeltin.',
      'Sizi alıcının sunucusu reddediyorsa adresinizin ya da etki alanınızın orada engellenip engellenmediğini o sunucunun yöneticisine sorun.',
    ],
    classNotes: {
      '4': '4.1.0 nadirdir: gönderenin sunucusu yeniden dener; neden genellikle alıcı tarafta o an başarısız olan bir aramadır.',
      '5': '5.1.0 olduğunda yeniden deneme yapılmaz: adresi düzeltin ve yeni bir ileti gönderin.',
    },
  },
  'X.1.1': {
    title: 'Alıcı adresi yok',
    meaning:
      'Alıcı sistemde adresin @ işaretinden önceki kısmına ait bir posta kutusu yoktur: etki alanı doğrudur ama bu kullanıcı orada bulunmaz. Exchange bunu SMTP adresi için `RESOLVER.ADR.RecipNotFound`, Exchange’in iç adresi için `RESOLVER.ADR.ExRecipNotFound` olarak yazar.',
    causes: [
      'Yazım hatası ya da güncelliğini yitirmiş bir adres: kişi ayrılmış, posta kutusu silinmiş ya da adı değiştirilmiştir.',
      'Outlook’un Otomatik Tamamlama listesinde alıcının eski iç adresini tutan eskimiş bir kayıt; genellikle posta kutusu şirket içi Exchange ile Exchange Online arasında taşındıktan sonra görülür ve NDR’de bir `IMCEAEX` adresi yer alır.',
      'Alıcı tarafta, kopyaları artık var olmayan bir adrese gönderen bir iletme kuralı, gelen kutusu kuralı ya da posta akışı kuralı.',
      'Kendi etki alanınızda: alıcı yalnızca şirket içinde vardır ama kabul edilen etki alanı Yetkili (Authoritative) türündedir ya da dizin eşitleme alıcıyı Exchange Online’da henüz oluşturmamıştır.',
    ],
    steps: [
      'NDR’deki adresi gönderenin kastettiği adresle karakter karakter karşılaştırın; adres Gönderilmiş Öğeler’deki kopyadan farklıysa yolda bir iletme kuralı onu değiştirmiştir.',
      'Eskimiş bir Otomatik Tamamlama kaydı varsa gönderenden öneriyi silmesini ve adresin tamamını elle yazmasını isteyin.',
      'NDR, hâlâ var olan bir kullanıcı için bir `IMCEAEX` adresi gösteriyorsa bu eski adresi kullanıcıya X500 proxy adresi olarak ekleyin (`Set-Mailbox <user> -EmailAddresses @{Add="X500:<legacyExchangeDN>"}`; eşitlenen bir kullanıcı için şirket içi Active Directory’de).',
      'Kendi etki alanınızda alıcının varlığını `Get-Recipient <address>` ile, etki alanının türünü `Get-AcceptedDomain` ile doğrulayın.',
    ],
    classNotes: {
      '4': '4.1.1 alışılmadık bir durumdur: bazı sunucular dizinlerine o an ulaşamadıklarında bu kodu verir ve gönderenin sunucusu yeniden dener. Durum yeniden deneme süresi dolana kadar sürerse kod 5.1.1’e dönüşür.',
      '5': 'Olağan biçimdir. Yeniden deneme yapılmaz: adresi ya da dizini düzeltip iletiyi yeniden gönderin. Exchange Online’da Yetkili (Authoritative) bir etki alanındaki var olmayan bir adrese yazan dış gönderenler bunun yerine 5.4.1 alır.',
    },
  },
  'X.1.2': {
    title: 'Alıcının etki alanı posta alamıyor',
    meaning:
      'Adresin @ işaretinden sonraki kısmı posta için geçersizdir: etki alanı yoktur ya da vardır ama hiçbir posta sunucusu yayımlamaz. Exchange bunu `ROUTING.InvalidAddress` olarak yazar; DNS’te hiç bulunmayan bir alıcı etki alanını ise Exchange Online 5.4.310 koduyla bildirir.',
    causes: [
      'Etki alanında yazım hatası (`contoso.con`, eksik bir harf, yanlış ülke uzantısı).',
      'Etki alanının (alan adının) süresi dolmuş ya da bırakılmıştır, bu yüzden DNS kayıtları silinmiştir.',
      'Etki alanının MX kaydı ve kullanılabilir bir adres kaydı yoktur ya da posta kabul etmediğini bildiren boş bir MX kaydı (null MX) yayımlar.',
    ],
    steps: [
      'NDR’deki etki alanının yazımını denetleyin.',
      'Etki alanının posta sunucularını sorgulayın: `Resolve-DnsName -Type MX <domain>` (ya da `nslookup -type=mx <domain>`).',
      'Etki alanı doğru yazılmış ama posta kaydı yoksa alıcıya başka bir yoldan haber verin; bunu yalnızca alıcı ya da DNS barındırma sağlayıcısı düzeltebilir.',
    ],
    classNotes: {
      '4': '4.1.2 genellikle DNS sorgusunun o an başarısız olduğunu gösterir; gönderenin sunucusu yeniden deneme süresi dolana kadar yeniden dener.',
      '5': '5.1.2 olduğunda etki alanının posta alamadığı kabul edilir ve yeniden deneme yapılmaz.',
    },
  },
  'X.1.3': {
    title: 'Alıcı adresinin biçimi hatalı',
    meaning:
      'Alıcı adresi bir adresin uyması gereken kurallara göre yazılmamıştır; bu yüzden sunucu kimseyi aramadan adresi reddeder. Exchange dâhil birçok sunucu hatalı bir `RCPT TO` komutuna `501 5.1.3 Invalid address` yanıtını verir.',
    causes: [
      'Yazım ya da kopyalama hatası: adresin içinde boşluk, virgül veya noktalı virgül, iki @ işareti, eksik etki alanı.',
      'Görünen adı ya da fazladan karakterleri adresin parçası olarak gönderen bir uygulama, tarayıcı cihaz veya betik.',
      'Uluslararası adresleri desteklemeyen bir sunucuya gönderilen, ASCII dışı karakterler içeren bir adres (bu durum 5.6.7 olarak da bildirilebilir).',
    ],
    steps: [
      'Alıcı adresini NDR’den kopyalayın ve baştaki ya da sondaki boşluklar dâhil her karakteri denetleyin.',
      'İletiyi bir uygulama gönderdiyse uygulamanın SMTP günlüğünde gönderilen `RCPT TO` satırını bulun ve adresi uygulamanın ayarlarında düzeltin.',
      'Adres kiracınızdaki bir kişi kaydında ya da grupta kayıtlıysa orada düzeltin (`Get-MailContact <name> | Format-List ExternalEmailAddress`, `Get-DistributionGroupMember <group>`).',
    ],
    classNotes: {
      '4': '4.1.3 nadirdir, çünkü hatalı yazılmış bir adres kendiliğinden düzelmez: kalıcı hata gibi ele alın.',
      '5': '5.1.3 olduğunda yeniden deneme yapılmaz: adresi düzeltip iletiyi yeniden gönderin.',
    },
  },
  'X.1.4': {
    title: 'Adres birden çok alıcıyla eşleşiyor',
    meaning:
      'Alıcı sistem bu adres için birden fazla alıcı bulmuştur ve hangisinin kastedildiğini tahmin etmez. Exchange, iki dizin nesnesi aynı adresi taşıdığında bunu `RESOLVER.ADR.Ambiguous` olarak bildirir.',
    causes: [
      'İki nesne (posta kutusu, posta kullanıcısı, posta kişisi, grup, ortak klasör) aynı SMTP adresini ya da X500 proxy adresini taşır; bu çoğu zaman bir geçişten ya da yeniden oluşturulan bir hesaptan kalmıştır.',
      'Karma (hybrid) yapıda adres hem şirket içindeki bir nesneye hem buluttaki bir nesneye atanmıştır.',
      'Başka sistemlerde: adresleri gevşek biçimde (ada ya da diğer ada göre) eşleştiren ve birkaç aday bulan bir sunucu.',
    ],
    steps: [
      'Adres kiracınızdaysa onu taşıyan tüm nesneleri listeleyin: `Get-Recipient -ResultSize Unlimited | Where-Object {$_.EmailAddresses -match "<address>"}`.',
      'Adresi, sahip olmaması gereken nesneden kaldırın (nesne eşitleniyorsa şirket içi Active Directory’de) ve eşitlemenin tamamlanmasını bekleyin.',
      'Hata başka bir kuruluştan geliyorsa adresi ve NDR’yi o kuruluşun yöneticisine gönderin; dizini yalnızca o düzeltebilir.',
    ],
    classNotes: {
      '4': 'Geçici biçimde gönderenin sunucusu yeniden dener; yinelenen adres yeniden deneme süresi içinde kaldırılırsa ileti teslim edilir. Exchange bu hatanın kendi geçici biçimini aynı `RESOLVER.ADR.Ambiguous` metniyle 4.2.0 olarak verir.',
      '5': '5.1.4 olduğunda yeniden deneme yapılmaz: yinelenen adresi kaldırın, ardından iletiyi yeniden gönderin.',
    },
  },
  'X.1.5': {
    title: 'Alıcı adresi kabul edildi',
    meaning:
      'Bir başarı kodudur: alıcı sunucu alıcı adresini denetlemiş ve bu adres için posta kabul eder. `RCPT TO` komutunun olağan yanıtıdır (Exchange’de `250 2.1.5 Recipient OK`) ve sorunsuz işlenen alıcılar için günlüklerde ve teslim raporlarında da görünür.',
    causes: [
      'Alıcı adresi vardır ya da sunucu etki alanının tamamı için posta kabul eder ve ayrımı daha sonra yapar.',
      'Exchange içinde başarılı bir yönlendirme adımı; örneğin bir grubun açılması (`RESOLVER.GRP.Expanded`) ya da iletinin başka bir alıcıya iletilmesi.',
    ],
    steps: [
      'Düzeltilecek bir şey yoktur: adres bu aşamada kabul edilmiştir.',
      'İleti yine de ulaşmadıysa ileti izlemeyle (`Get-MessageTraceV2`, ardından `Get-MessageTraceDetailV2`) izini sürün: adresin kabul edilmesi iletinin teslim edildiği anlamına gelmez.',
    ],
  },
  'X.1.6': {
    title: 'Alıcı taşınmış, yeni adres yok',
    meaning:
      'Adres bir zamanlar çalışıyordu, ancak alıcı sistem artık bu adres için posta kabul etmiyor ve yeni bir adres de bilmiyor. Exchange Online bu kodu nadiren verir; eski kullanıcıların listesini tutan sunucular kullanır.',
    causes: [
      'Kişi kuruluştan ayrılmış ya da adresini değiştirmiştir ve eski adres bilerek kullanımdan kaldırılmıştır.',
      'Bir posta kişisinde, dağıtım listesinde ya da uygulamada kalmış ve kimsenin güncellemediği eski bir adres.',
    ],
    steps: [
      'Kişinin yeni adresini başka bir yoldan öğrenin ve kişi kaydını ya da liste girdisini güncelleyin.',
      'Sisteminiz ya da bir posta akışı kuralı bu adrese otomatik olarak gönderiyorsa adresi orada değiştirin veya kaldırın.',
    ],
    classNotes: {
      '4': 'Geçici 4.1.6 gönderenin sunucusunun yeniden denemesine yol açar, ancak adres kendiliğinden geri gelmez: kalıcı hata gibi ele alın.',
      '5': '5.1.6 olduğunda yeniden deneme yapılmaz: iletiyi yeni adrese yeniden gönderin.',
    },
  },
  'X.1.7': {
    title: 'Gönderen adresinin biçimi hatalı',
    meaning:
      '`MAIL FROM` komutunda verilen zarf göndereni geçerli bir adres değildir, bu yüzden alıcı sunucu iletiyi kabul etmez. Birçok sunucu bu durumda `501 5.1.7 Invalid address` yanıtını verir; gönderen neredeyse her zaman bir kişi değil, bir uygulama ya da cihazdır.',
    causes: [
      '`MAIL FROM` içine görünen adı ya da boşluk koyan veya açılı ayraçları atlayan bir tarayıcı, yazıcı, izleme aracı ya da betik.',
      'Yazım hatası olan ya da etki alanı içermeyen bir gönderen adresi; örneğin yalnızca bir konak adı.',
      'ASCII dışı karakterleri desteklemeyen bir sunucuya gönderilen, bu tür karakterler içeren bir gönderen adresi.',
    ],
    steps: [
      'Gönderen uygulamanın SMTP günlüğünde gönderilen `MAIL FROM` satırını bulun.',
      'Uygulamada gönderen olarak, yönettiğiniz bir etki alanında düz ve eksiksiz bir adres ayarlayın; örneğin `scanner@contoso.com`.',
      'Bir deneme iletisi gönderin ve sunucunun yanıtını yeniden denetleyin.',
    ],
    classNotes: {
      '4': '4.1.7 nadirdir: istemci yeniden deneyebilir, ancak ayarları değişmedikçe adres hatalı kalır.',
      '5': '5.1.7 olduğunda yeniden deneme yapılmaz: gönderen ayarını düzeltin, ardından iletiyi yeniden gönderin.',
    },
  },
  'X.1.8': {
    title: 'Gönderen engellendi ya da gönderen etki alanı geçersiz',
    meaning:
      'Standarda göre gönderen adresinin etki alanı geri dönen postayı alamaz; örneğin DNS’te yoktur. Exchange Online 5.1.8 kodunu başka bir anlamda da kullanır: `Access denied, bad outbound sender`, hizmetin istenmeyen posta gönderen hesabın gönderimini engellediği anlamına gelir.',
    causes: [
      'Exchange Online’da: hesap ele geçirilmiş (kimlik avı, sızan parola) ve istenmeyen posta göndermiştir; bu yüzden Microsoft 365 hesabın gönderimini durdurmuştur.',
      'Başka bir sunucudan: sunucu gönderen etki alanınız için bir MX kaydı ya da adres kaydı bulamaz (`Sender address rejected: Domain not found`); bu çoğu zaman bir uygulamanın gönderim yaptığı bir alt etki alanı ya da deneme etki alanıdır.',
      'Bir uygulamada ya da cihazda ayarlanmış gönderen etki alanında yazım hatası.',
    ],
    steps: [
      '`Access denied, bad outbound sender` hatasında hesabı ele geçirilmiş sayın: parolayı sıfırlayın, tüm oturumları kapatın, gelen kutusu kurallarını ve iletme ayarlarını denetleyin, Gönderilmiş Öğeler’de tanımadığınız iletilere bakın.',
      'Ardından hesabın engelini Microsoft Defender portalındaki kısıtlanan hesaplar sayfasında (Restricted entities) kaldırın (engellenen gönderenleri `Get-BlockedSenderAddress` listeler); gönderim birkaç saat içinde yeniden çalışır.',
      'Başka bir sunucunun reddinde gönderen etki alanınızın çözümlendiğini doğrulayın (`Resolve-DnsName -Type MX <domain>`) ve uygulamanın gönderim yaptığı etki alanı için bir MX kaydı ya da en azından bir adres kaydı yayımlayın.',
    ],
    classNotes: {
      '4': '4.1.8 genellikle gönderen etki alanınızı DNS’te o an doğrulayamayan bir sunucudan gelir; sunucu yeniden dener ve DNS sorunu yeniden deneme süresi içinde giderilirse ileti teslim edilir.',
      '5': '5.1.8 olduğunda yeniden deneme yapılmaz; engellenen hesap, bir yönetici engeli kaldırana kadar engelli kalır.',
    },
  },
  'X.1.9': {
    title: 'Daha fazla bilgi veremeyen bir sisteme aktarıldı',
    meaning:
      'Adres geçerliydi, ancak ileti bu durumun ait olduğu protokolü desteklemeyen bir sisteme aktarıldı; bu yüzden daha fazla durum bilgisi verilemez. Kod ileti takibinden (RFC 3886) gelir ve Exchange Online posta akışında neredeyse hiç görülmez.',
    causes: [
      'Bir takip ya da teslim durumu isteği bunu desteklemeyen bir ara sunucudan geçmiş, iz orada kesilmiştir.',
      'Exchange’in kendi taşıma katmanında aynı numara, sonraki sunucunun kabul edemediği ASCII dışı karakterler içeren bir gönderen adresini belirtir (`SMTPSEND.Utf8SenderAddress`).',
    ],
    steps: [
      'Hangi durumla karşı karşıya olduğunuzu anlamak için kodun arkasındaki metni okuyun.',
      'ASCII dışı gönderen adresinde yalnızca ASCII karakterlerden oluşan bir adresten gönderin ya da alıcı tarafa SMTPUTF8 desteği olup olmadığını sorun.',
      'Takip durumunda düzeltilecek bir şey yoktur; iletinin kendisi teslim edilmiş olabilir, alıcıya sorun.',
    ],
  },
  'X.1.10': {
    title: 'Alıcı bulunamadı ya da etki alanı posta almıyor',
    meaning:
      'Standarda göre alıcının etki alanı boş bir MX kaydı (null MX, yani konağı tek bir nokta olan bir MX kaydı) yayımlar ve böylece hiç posta kabul etmediğini açıkça bildirir. Exchange Online 5.1.10 kodunu başka bir anlamda kullanır: `RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`, kiracının dizininde bu adrese sahip bir alıcı olmadığı anlamına gelir.',
    causes: [
      'Exchange Online: adres yanlış yazılmıştır ya da posta kutusu, posta kullanıcısı veya grup silinmiş, adı değiştirilmiş ya da hiç oluşturulmamıştır (örneğin şirket içinden henüz eşitlenmemiştir).',
      'Exchange Online: bir iletme kuralı, gelen kutusu kuralı ya da posta akışı kuralı artık var olmayan bir adrese kopya gönderir.',
      'Exchange Online: kuruluşunuzda kimsenin göndermediği bir ileti için gelen NDR (backscatter); istenmeyen posta gönderen biri adresinizi gönderen olarak kullanmıştır.',
      'Boş MX: alıcının etki alanı bir web sitesi ya da başka hizmetler için vardır ve posta kabul etmediğini bildirir.',
    ],
    steps: [
      'NDR’deki adresi denetleyin; alıcı kiracınızdaysa varlığını `Get-Recipient <address>` ile doğrulayın, bir kullanıcıysa lisansı ve posta kutusu olduğunu da denetleyin.',
      'Bu adrese gönderen kuralları arayın: gelen kutusu kuralları (`Get-InboxRule -Mailbox <user>`), posta kutusundaki iletme ayarı ve Exchange yönetim merkezindeki posta akışı kuralları.',
      'Kullanıcı şirket içindeyse dizin eşitlemenin onun için bir posta kullanıcısı oluşturduğunu ve kabul edilen etki alanının türünün uygun olduğunu denetleyin (`Get-AcceptedDomain`: İç Geçiş (Internal Relay) türünde bilinmeyen adresler şirket içine aktarılır).',
      'Boş MX kaydında (`Resolve-DnsName -Type MX <domain>` konak olarak tek bir nokta döndürür) etki alanı posta istemiyordur: alıcıdan başka bir adres isteyin.',
    ],
    classNotes: {
      '4': '4.1.10 nadirdir: sunucu geçici bir sorgu sorunundan sonra yeniden deneyebilir, ancak boş MX kaydı her seferinde aynı yanıtı verir.',
      '5': 'Olağan biçimdir ve yeniden deneme yapılmaz. Yetkili (Authoritative) bir etki alanındaki var olmayan bir adrese yazan dış gönderenler bunun yerine 5.4.1 alır (dizin tabanlı uç engelleme, DBEB).',
    },
  },
  'X.2.0': {
    title: 'Posta kutusu sorunu',
    meaning:
      'Alıcının posta kutusu vardır, ancak onunla ilgili bir şey teslimi engeller ve sunucu daha belirgin bir kod vermez. Exchange’de kodun arkasındaki metin genellikle bozuk bir dizin nesnesini gösterir: hatalı bir iletme hedefi, geçerli dış adresi olmayan bir posta kişisi, eksik birincil SMTP adresi.',
    causes: [
      'Posta kutusundaki iletme ayarı silinmiş ya da posta etkin olmayan bir alıcıyı gösterir (`RESOLVER.FWD.NotFound`).',
      'Dış adresi eksik ya da geçersiz olan bir posta kişisi veya posta kullanıcısı.',
      'Alıcı nesnesinin geçerli bir birincil SMTP adresi yoktur (`RESOLVER.ADR.BadPrimary`); bu çoğu zaman başarısız bir geçişten ya da dizin eşitlemeden sonra olur.',
      'Başka bir kuruluşta: sunucusunun daha ayrıntılı açıklamadığı herhangi bir posta kutusu durumu.',
    ],
    steps: [
      'Kodun arkasındaki metni okuyun; `RESOLVER` ile başlayan bir neden, düzeltmenin alıcının dizin nesnesinde yapılacağını gösterir.',
      'Kendi alıcınızda iletme ayarlarını ve adresleri denetleyin: `Get-Mailbox <user> | Format-List ForwardingAddress,ForwardingSmtpAddress,PrimarySmtpAddress,EmailAddresses`; bir posta kişisi için `Get-MailContact <name> | Format-List ExternalEmailAddress`.',
      'İletme hedefini ya da adresi düzeltin veya temizleyin (nesne eşitleniyorsa şirket içi Active Directory’de), ardından iletiyi yeniden gönderin.',
      'Alıcı başka bir kuruluştaysa NDR’deki satırın tamamını o kuruluşun yöneticisine gönderin.',
    ],
    classNotes: {
      '4': '4.2.0 posta kutusunun o an posta alamadığını gösterir (taşınıyordur ya da sunucu onu açamıyordur); gönderenin sunucusu yeniden dener.',
      '5': '5.2.0 olduğunda yeniden deneme yapılmaz: önce dizin nesnesinin düzeltilmesi gerekir.',
    },
  },
  'X.2.1': {
    title: 'Posta kutusu devre dışı',
    meaning:
      'Posta kutusu vardır ama gelen postaya kapatılmıştır. Bunun geçici mi kalıcı mı olduğu alıcı tarafa bağlıdır; kod daha çok kapatılan ya da askıya alınan hesapların posta kutularını devre dışı bırakan posta sağlayıcılarından gelir.',
    causes: [
      'Sağlayıcı hesabı kapatmış, askıya almış ya da dondurmuştur (ödeme yapılmamış, hesap uzun süre kullanılmamış ya da kötüye kullanım nedeniyle kilitlenmiştir).',
      'Alıcının yöneticisi posta kutusunu devre dışı bırakmış ya da gelen postasını engellemiştir; örneğin bir çalışan ayrılırken veya bir geçiş sırasında.',
    ],
    steps: [
      'Alıcıya başka bir yoldan ulaşın ve çalışan bir adres isteyin.',
      'Alıcıya ulaşılabilmesi gerekiyorsa yöneticisinden posta kutusunu yeniden etkinleştirmesini isteyin, ardından iletiyi yeniden gönderin.',
      'Adres kendi kiracınıza aitse kullanıcıyı Microsoft 365 yönetim merkezinde denetleyin (oturum açma engellenmiş, lisans kaldırılmış, posta kutusu silinmiş) ve eksik olanı geri getirin.',
    ],
    classNotes: {
      '4': '4.2.1 olduğunda posta kutusu yalnızca şimdilik kapalıdır: gönderenin sunucusu yeniden dener ve posta kutusu yeniden deneme süresi içinde açılırsa iletiyi teslim eder.',
      '5': '5.2.1 olduğunda posta kutusunun geri gelmesi beklenmez: başka bir adres kullanın.',
    },
  },
  'X.2.2': {
    title: 'Posta kutusu dolu',
    meaning:
      'Alıcının posta kutusunda yer kalmamıştır, bu yüzden alıcı sunucu iletiyi saklamaz. Exchange Online’da aynı kod, gönderen bir gönderim kotasını aştığında da döner.',
    causes: [
      'Alıcının posta kutusu depolama kotasına ulaşmıştır (Exchange NDR’lerinde çoğu zaman `QuotaExceededException` ile birlikte).',
      'Gönderenin kendi posta kutusu ya da hesabı bir gönderim sınırını aşmıştır.',
    ],
    steps: [
      'NDR’yi okuyun: dolu olanın alıcının posta kutusu mu, gönderenin kotası mı olduğunu söyler.',
      'Alıcının posta kutusu doluysa alıcıdan (ya da yöneticisinden) yer açmasını veya kotayı artırmasını isteyin, ardından iletiyi yeniden gönderin.',
      'Kendi kullanıcınız için posta kutusunun boyutunu denetleyin (`Get-MailboxStatistics <user> | Format-List TotalItemSize` ya da Exchange yönetim merkezi) ve eski öğeleri arşivleyin veya silin.',
    ],
    classNotes: {
      '4': 'Geçici hata olarak: gönderenin sunucusu yeniden denemeye devam eder; yeniden deneme süresi içinde yer açılırsa ileti teslim edilir.',
      '5': 'Kalıcı hata olarak: yeniden deneme yapılmaz, posta kutusunda yer açıldığında iletiyi yeniden gönderin.',
    },
  },
  'X.2.3': {
    title: 'İleti bu posta kutusu ya da gönderen için çok büyük',
    meaning:
      'İleti, tek bir posta kutusu, gönderen ya da grup için ayarlanmış ve sistemin genel sınırından düşük olan bir boyut sınırını aşmaktadır. Exchange hangi sınırın uygulandığını belirtir: `RESOLVER.RST.RecipSizeLimit` (alıcının), `RESOLVER.RST.SendSizeLimit.Sender` (gönderenin) ya da `RESOLVER.RST.SendSizeLimit.Org` (kuruluşun).',
    causes: [
      'Gönderim için kodlanırken yaklaşık üçte bir oranında büyüyen büyük ekler.',
      'Gönderende ya da alıcıda iletiden küçük ayarlanmış bir posta kutusu sınırı (`MaxSendSize` ya da `MaxReceiveSize`).',
      'Bir dağıtım grubundaki boyut sınırı ya da ileti boyutunu sınırlayan bir posta akışı kuralı.',
    ],
    steps: [
      'NDR’nin hangi sınırı belirttiğine bakın: gönderenin, alıcının ya da kuruluşun.',
      'Büyük dosyaları ek olarak göndermek yerine OneDrive ya da SharePoint bağlantısı olarak paylaşın veya birkaç iletiye bölün.',
      'Kendi kullanıcınızın sınırını değiştirmek için onu `Get-Mailbox <user> | Format-List MaxSendSize,MaxReceiveSize` ile okuyun ve `Set-Mailbox <user> -MaxSendSize <size> -MaxReceiveSize <size>` ile ayarlayın.',
      'Sınırı alıcının kuruluşu koyduysa onu yalnızca o kuruluşun yöneticisi artırabilir.',
    ],
    classNotes: {
      '4': '4.2.3 alışılmadık bir durumdur, çünkü ileti denemeler arasında küçülmez: kalıcı hata gibi ele alın.',
      '5': 'Olağan biçimdir: ileti küçültülene ya da sınır artırılana kadar yeniden deneme yapılmaz.',
    },
  },
  'X.2.4': {
    title: 'Dağıtım listesi açılamadı',
    meaning:
      'Adres bir posta listesine ya da dağıtım grubuna aittir ve sunucu bu adresi üyelerinin listesine dönüştürememiştir. Exchange’de yaygın durum, filtresi bozuk bir dinamik dağıtım grubudur (`RESOLVER.GRP.DDLQuery`).',
    causes: [
      'Alıcı filtresi geçersiz ya da güncelliğini yitirmiş bir dinamik dağıtım grubu; örneğin silinmiş bir kapsayıcıya veya özniteliğe başvuran bir filtre.',
      'Bir dizin sorunu nedeniyle üyeleri ya da iç içe grupları okunamayan bir grup.',
      'Başka bir kuruluşta: çalışmayan ya da yanlış yapılandırılmış bir posta listesi sunucusu.',
    ],
    steps: [
      'Grup sizinse filtresini okuyun: `Get-DynamicDistributionGroup <group> | Format-List RecipientFilter`.',
      'Filtrenin kimleri bulduğuna `Get-Recipient -RecipientPreviewFilter (Get-DynamicDistributionGroup <group>).RecipientFilter` ile bakın; hata veriyorsa ya da kimseyi bulmuyorsa `Set-DynamicDistributionGroup` ile düzeltin.',
      'Başka bir kuruluştaki bir liste için NDR’yi o kuruluşun yöneticisine gönderin ve bu arada üyelere doğrudan yazın.',
    ],
    classNotes: {
      '4': '4.2.4 olduğunda liste sunucusunda geçici bir sorun vardır ve gönderenin sunucusu yeniden dener.',
      '5': '5.2.4 olduğunda liste mevcut ayarlarıyla açılamaz: grubu düzeltin, ardından iletiyi yeniden gönderin.',
    },
  },
  'X.3.0': {
    title: 'Posta sistemi sorunu',
    meaning:
      'Alıcı sistem vardır ve normalde posta kabul eder, ancak üzerinde bir şey engel olmuştur ve sunucu daha belirgin bir kod vermemiştir. Neden alıcı sunucudadır; kodun arkasındaki metin ne olduğunu söyler.',
    causes: [
      'Alıcı sunucuda geçici bir arıza: veritabanı ya da disk hatası, yeniden başlatılan bir hizmet, ileti kaydedilirken oluşan bir çökme.',
      'Alıcı taraftaki bir filtre, virüsten koruma ya da arşivleme ürününün arızalanıp genel bir kodla yanıt vermesi.',
      'Tüm iç hataları için bu kodu kullanan bir sunucu.',
    ],
    steps: [
      'Yanıt metninin tamamını okuyun ve NDR’nin tanılama bilgilerinde adı geçen sunucuyu not edin.',
      'Hata geçiciyse gönderenin sunucusunun yeniden denemesine izin verin ve sonraki bir denemenin başarılı olup olmadığını ileti izlemede (`Get-MessageTraceV2`) denetleyin.',
      'Hata sürüyorsa satırın tamamını tarih ve saatiyle (UTC) alıcının yöneticisine gönderin; sunucu sizinse o saate ait olay günlüğünü ve taşıma günlüklerini inceleyin.',
    ],
    classNotes: {
      '2': 'Bazı sunucular başarı yanıtlarına, örneğin bağlantıyı kapatırken, 2.3.0 ekler; düzeltilecek bir şey yoktur.',
      '4': '4.3.0 olduğunda ileti gönderenin kuyruğunda kalır ve yeniden deneme süresi dolana kadar yeniden denenir.',
      '5': '5.3.0 olduğunda alıcı sistem iletiyi kesin olarak reddetmiştir; ileti değiştirilmeden yeniden gönderilirse genellikle aynı şekilde reddedilir.',
    },
  },
  'X.3.1': {
    title: 'Posta sisteminde yer kalmadı',
    meaning:
      'Alıcı sunucunun bütününde depolama alanı (disk, kuyruk ya da veritabanı alanı) tükenmiştir; yani sorun tek bir kullanıcının kotası değildir. Geçici bir durum olarak tasarlanmıştır: gönderenin sunucusu yeniden dener.',
    causes: [
      'Alıcı sunucuda posta kuyruğunu ya da posta kutusu veritabanlarını barındıran disk doludur.',
      'Exchange Server’da geri baskı (back pressure): disk alanı ya da bellek azaldığında taşıma hizmeti yeni postayı reddeder (`452 4.3.1 Insufficient system resources`).',
      'Örneğin bir posta döngüsü ya da istenmeyen posta seli sırasında denetimsizce büyüyen günlükler veya kuyruk.',
    ],
    steps: [
      'Alıcı sunucu başkasına aitse yöneticisine haber verin ve bekleyin: gönderenin sunucusu kendiliğinden yeniden dener.',
      'Sunucu, bir bağlayıcının arkasındaki kendi şirket içi Exchange sunucunuzsa kuyruk ve veritabanı sürücülerindeki boş alanı denetleyin ve Uygulama günlüğünde geri baskı olaylarını (15004 ile 15007 arası) arayın.',
      'Yer açın (eski günlükler, aşırı büyümüş bir kuyruk), ardından postanın yeniden aktığını ileti izlemede (`Get-MessageTraceV2`) doğrulayın.',
    ],
    classNotes: {
      '4': 'Olağan biçimdir: yer açılana ya da yeniden deneme süresi dolana kadar denemeler sürer.',
      '5': '5.3.1 alışılmadık bir durumdur; bazı sunucular iletiden vazgeçtiklerinde bu kodu kullanır. Alıcı tarafta yer açıldığında iletiyi yeniden gönderin.',
    },
  },
  'X.3.2': {
    title: 'Alıcı sistem şu an posta kabul etmiyor',
    meaning:
      'Posta kutusunu barındıran sunucu şu anda ileti kabul etmiyor: kapanıyor, aşırı yüklü ya da bakımda; 521 ile birlikte geldiğinde ise hiç posta kabul etmiyor. Exchange Online’da olağan biçim `432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded` şeklindedir: tek bir posta kutusu çok kısa sürede çok fazla ileti alır ve hizmet bu posta kutusuna teslimi yavaşlatır.',
    causes: [
      'Exchange Online: tek bir alıcıya ileti yağar (bir bildirim sistemi, bir posta fırtınası, bir döngü) ve hizmet bu posta kutusuna teslimi kısıtlar.',
      'Bakım modundaki ya da taşıma bileşenleri etkin olmayan ve `421 4.3.2 Service not available` yanıtını veren bir şirket içi Exchange sunucusu.',
      'Aşırı yüklenmiş ya da yeniden başlatılan bir alıcı sunucu.',
      '521 ile: hiçbir zaman posta kabul etmediğini bildiren bir konak.',
    ],
    steps: [
      '`recipient thread limit exceeded` iletisinde bekleyin, çünkü ileti yeniden denenir; ardından posta kutusuna ileti yağdıran göndereni ileti izlemede (`Get-MessageTraceV2 -RecipientAddress <address>`) bulun ve yavaşlatın ya da durdurun.',
      'Kendi şirket içi Exchange sunucunuzda `Get-ServerComponentState <server>` çıktısını denetleyin ve bakım bittiğinde bileşenleri `Set-ServerComponentState` ile yeniden etkin duruma getirin.',
      'Diğer durumlarda gönderenin sunucusunun yeniden denemesine izin verin; durum saatlerce sürerse alıcı tarafın yöneticisine başvurun.',
    ],
    classNotes: {
      '4': 'Yaygın biçimdir: ileti kuyrukta bekler ve sunucu ya da posta kutusu yeniden posta kabul ettiğinde teslim edilir.',
      '5': '5.3.2 olduğunda, çoğu zaman 521 ile birlikte, konak posta kabul etmediğini bildirir: yeniden denemek işe yaramaz, başka bir yol ya da adres kullanın.',
    },
  },
  'X.3.3': {
    title: 'İstenen özellik desteklenmiyor',
    meaning:
      'İleti, alıcı sistemin sağlayamadığı bir özellik ister; bu genellikle bir seçeneği başka bir posta sistemine aktaramayan bir ağ geçidinde olur. Exchange Online posta akışında nadiren görülür.',
    causes: [
      'Başka türden bir sisteme (faks, eski ya da kapalı bir posta sistemi) açılan ve iletinin bir seçeneğini karşılayamayan bir ağ geçidi.',
      'Gönderenin sunucusunun istediği, yoldaki bir sonraki sunucunun yerine getiremediği bir teslim seçeneği; örneğin bir teslim durumu bildirimi isteği.',
    ],
    steps: [
      'Hangi özelliğin reddedildiğini görmek için yanıt metnini okuyun.',
      'İletiyi özel seçenekler olmadan (teslim bildirimi ve alışılmadık ayarlar olmadan) yeniden gönderin ve ulaşıp ulaşmadığına bakın.',
      'Hata sürerse yanıt satırının tamamını alıcının yöneticisine iletin.',
    ],
  },
  'X.3.4': {
    title: 'İleti alıcı sistem için çok büyük',
    meaning:
      'İleti, alıcı sistemin ya da yoldaki bir sunucunun kabul ettiği en büyük ileti boyutunu aşmaktadır. Exchange bir yol ya da bağlayıcı sınırına takıldığında `ROUTING.SizeLimit` yazar; EHLO yanıtında daha küçük bir `SIZE` bildiren sunucu ise iletiyi, içeriği gönderilmeden önce reddeder.',
    causes: [
      'Alıcı kuruluşun genel sınırını aşan ekler (kodlanmış boyut sayılır; bu, dosyalardan yaklaşık üçte bir daha büyüktür).',
      'Yoldaki bir bağlayıcı sınırı; örneğin `552 5.3.4 Message size exceeds fixed maximum message size` yanıtını veren bir şirket içi Exchange sunucusu.',
      'Alıcının sunucusunun önündeki bir posta ağ geçidinde ya da filtreleme hizmetinde bir boyut sınırı.',
    ],
    steps: [
      'İleti izlemede görünen ileti boyutunu NDR’deki sınırla karşılaştırın.',
      'Büyük dosyaları OneDrive ya da SharePoint bağlantısı olarak paylaşın veya sıkıştırın ya da birkaç iletiye bölün.',
      'Sınır kendi şirket içi Exchange sunucunuzdaysa `Get-ReceiveConnector | Format-List Name,MaxMessageSize` ve `Get-TransportConfig | Format-List MaxReceiveSize,MaxSendSize` ile okuyun ve iş gereksinimi varsa artırın.',
      'Sınır alıcının sistemine aitse onu yalnızca o sistemin yöneticisi artırabilir.',
    ],
    classNotes: {
      '4': '4.3.4 alışılmadık bir durumdur: ileti denemeler arasında küçülmez, bu yüzden kalıcı hata gibi ele alın.',
      '5': 'Olağan biçimdir: ileti küçültülene ya da sınır artırılana kadar yeniden deneme yapılmaz.',
    },
  },
  'X.3.5': {
    title: 'Alıcı sistem yanlış yapılandırılmış',
    meaning:
      'Alıcı sistem bu iletiyi kabul etmesine izin vermeyecek biçimde yapılandırılmıştır: hata iletide değil, sistemin ayarlarındadır. Yanıt metni varsa neyin yanlış olduğunu söyler.',
    causes: [
      'Etki alanı, alıcı ya da aktarma ayarları eksik olan bir alıcı sunucu; örneğin bir geçişten ya da yeni bir kurulumdan sonra.',
      'İletiyi kendisine ya da var olmayan bir konağa aktaracak biçimde yapılandırılmış bir sunucu.',
    ],
    steps: [
      'Yanıtı hangi sunucunun yazdığına bakın (NDR’nin tanılama bilgilerinde).',
      'Alıcının sunucusuysa satırın tamamını yöneticisine gönderin: gönderen taraftan bu düzeltilemez.',
      'Kendi şirket içi sunucunuzsa kabul edilen etki alanlarını, alma bağlayıcılarını ve gönderme bağlayıcılarını iletinin izlediği yolla karşılaştırın.',
    ],
    classNotes: {
      '4': '4.3.5 olduğunda gönderenin sunucusu yeniden dener; bu da yöneticiye ayarı düzeltmek için zaman kazandırır.',
      '5': '5.3.5 olduğunda yeniden deneme yapılmaz: düzeltmeden sonra iletiyi yeniden gönderin.',
    },
  },
  'X.3.6': {
    title: 'Kabul sırasında öncelik değiştirildi',
    meaning:
      'SMTP öncelik uzantısına (MT-PRIORITY, RFC 6710) ait bir başarı kodudur: ileti kabul edilmiş, ancak gönderenin istediğinden farklı bir öncelikle; yeni öncelik kodun arkasında yazar. Yalnızca bu uzantıyı destekleyen iki sunucu arasında görülür, Exchange Online’da ise neredeyse hiç görülmez.',
    causes: [
      'Alıcı sunucu, bu gönderen için kendi ilkesine göre istenen önceliği düşürmüş ya da yükseltmiştir.',
      'Gönderen bir öncelik istememiştir ve sunucu bunun yerine uyguladığı varsayılan önceliği bildirir.',
    ],
    steps: [
      'Düzeltilecek bir şey yoktur: ileti kabul edilmiştir.',
      'Outlook’taki yüksek önem derecesi bir ileti üst bilgisidir, bu SMTP önceliği değildir; alıcı önem derecesinin kaybolduğunu söylüyorsa iletinin üst bilgilerine bakın.',
    ],
  },
} satisfies CodeTextsPart;
