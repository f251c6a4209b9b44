/** Registry texts (tr): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.7.0': {
    title: 'Belirtilmemiş güvenlik veya ilke sorunu',
    meaning:
      'Bir sunucu iletiyi güvenlik ya da ilke nedeniyle reddetti veya erteledi, ancak daha ayrıntılı bir kod vermedi. Asıl açıklama koddan sonraki metindir; bazı sunucular hangi denetimin başarısız olduğunu ele vermemek için bilerek belirsiz yazar.',
    causes: [
      'Alıcı taraf, gönderen IP adresine veya etki alanına güvenmiyor: bir itibar denetimi ya da engelleme listesi devreye girmiştir ve metinde çoğu zaman listenin adı veya bir başvuru numarası bulunur.',
      'Sunucunun şart koştuğu TLS yok ya da kurulamadı; örneğin `Must issue a STARTTLS command first` veya `TLS not available due to temporary reason`.',
      'Alıcı kuruluşun adını vermek istemediği yerel bir ilkesi devrede (bağlantı sınırı, içerik, bir kural).',
    ],
    steps: [
      'Yanıtın tamamını okuyun: 5.7.0 veya 4.7.0 kodundan sonraki metni ve yanıtı veren sunucunun adını.',
      'Yanıtı Microsoft 365’in mi yoksa uzak sunucunun mu verdiğini ileti izlemede bulun: önce `Get-MessageTraceV2`, ardından tek bir iletinin olayları için `Get-MessageTraceDetailV2`.',
      'Metin TLS ile ilgiliyse gönderen sunucunun veya uygulamanın TLS 1.2 ya da üstüyle STARTTLS kullanmasını sağlayın.',
      'Metin itibara veya bir engelleme listesine işaret ediyorsa gönderen IP adresini adı geçen listede denetleyin ve listenin kaldırma sürecini izleyin; aksi hâlde yanıttaki başvuru numarasını alıcının yöneticisine iletin.',
    ],
    classNotes: {
      '2': 'Başarı kodu olarak bir güvenlik adımının başarılı olduğunu bildirir; en sık AUTH komutundan sonra `235 2.7.0 Authentication successful` biçiminde görülür. Düzeltilecek bir şey yoktur.',
      '4': 'Geçici: gönderen sunucu yeniden dener; neden (bir TLS arızası, bir hız sınırı, itibar nedeniyle bekletme) yeniden deneme süresi içinde ortadan kalkarsa ileti geçebilir.',
      '5': 'Kalıcı: hiçbir şey yeniden denenmez; gönderen ya da alıcının yöneticisi bir şeyi değiştirene kadar aynı ileti yine reddedilir.',
    },
  },
  'X.7.1': {
    title: 'Gönderme veya geçiş (relay) izni yok',
    meaning:
      'Alıcı sistem iletiyi reddetti, çünkü bu gönderenin oraya ileti gönderme izni yok. Exchange Online 5.7.1 kodunu birbirinden farklı üç ret için kullanır ve bunları koddan sonraki metin ayırır: `Delivery not authorized` (kısıtlamalı bir alıcı ya da bir posta akışı kuralı), `Unable to relay` (alıcı sistem o etki alanı için bu gönderenden posta kabul etmiyor) ve `Client was not authenticated` (alıcı, oturum açmış bir gönderen istiyor).',
    causes: [
      'Alıcı; yalnızca üyelerinden, listedeki gönderenlerden ya da kuruluş içinden gelen postayı kabul eden kısıtlamalı bir grup veya posta kutusudur. Teslim edilemedi raporu (NDR) genellikle grubun adını verir.',
      'İletiyi bir posta akışı kuralı (taşıma kuralı) reddetti; standart metnin yerinde kuralın kendi açıklaması görünebilir.',
      '`Unable to relay`: bir cihaz, uygulama veya şirket içi sunucu Microsoft 365 üzerinden dış adreslere gönderiyor ama IP adresi ya da sertifikasıyla hiçbir gelen bağlayıcıyla eşleşmiyor; ya da etki alanının MX kaydı, o etki alanının kabul edilmediği bir sistemi gösteriyor.',
      '`Client was not authenticated`: alıcı yalnızca kimliği doğrulanmış gönderenleri kabul ediyor; örneğin dış gönderenlere kapalı, posta etkin bir ortak klasör ya da anonim erişime izin vermeyen bir şirket içi alma bağlayıcısı.',
    ],
    steps: [
      'Teslim edilemedi raporunda veya ileti izlemede 5.7.1 kodundan sonraki sözcükleri okuyun: üç durumdan hangisinin geçerli olduğunu bunlar belirler ve çoğu zaman grubun ya da kuralın adını da verir.',
      '`Delivery not authorized`: `Get-MessageTraceDetailV2` iletiye uygulanan posta akışı kuralını gösterir; söz konusu olan bir grupsa Exchange yönetim merkezinde (EAC) grubun teslim yönetimine (delivery management) bakın ya da grubun sahibinden göndereni izinli kılmasını isteyin.',
      '`Unable to relay`: `Get-AcceptedDomain` ile alıcı etki alanının, MX kaydının gösterdiği yerde kabul edilen etki alanı olduğunu; `Get-InboundConnector` ile de postayı aktaran cihazın genel IP adresi veya sertifikasıyla bir bağlayıcıyla eşleştiğini denetleyin.',
      '`Client was not authenticated`: gönderen sistemde kimlik doğrulamayı yapılandırın; alıcının dışarıdan posta alması gerekiyorsa yöneticisinden anonim gönderenlere izin vermesini isteyin.',
      'Metin, gönderen konağın bir engelleme listesi tarafından engellendiğini söylüyorsa gönderen IP adresi listeye girmiştir: listenin işletmecisinden adresin kaldırılmasını isteyin.',
    ],
    classNotes: {
      '4': 'Geçici 4.7.1 genellikle Microsoft 365 dışındaki bir sunucunun gri listelemesinden (greylisting) ya da hız ilkesinden gelir: gönderen sunucu yeniden dener ve sonraki denemelerden biri çoğu zaman başarılı olur.',
      '5': 'Exchange Online’ın üç ret için de kullandığı kalıcı biçim: ayar, kural veya bağlayıcı değiştirilene kadar hiçbir şey yeniden denenmez.',
    },
  },
  'X.7.2': {
    title: 'Posta listesine gönderme izni yok',
    meaning:
      'Alıcı sistem iletiyi bir posta listesinin üyelerine dağıtmadı, çünkü bu gönderen listeye yazamıyor. Exchange Online kendi gruplarında aynı durumu 5.7.1 veya 5.7.124 ile bildirir; bu yüzden 5.7.2 genellikle dışarıdaki bir liste sunucusundan gelir.',
    causes: [
      'Liste yalnızca üyelerinden veya belirli gönderenlerden ileti kabul ediyor ve bu adres bunlardan biri değil.',
      'İleti, listeye kayıtlı adresten değil başka bir adresten (bir diğer ad, paylaşılan posta kutusu, yönlendirme hizmeti) çıktı.',
    ],
    steps: [
      'İletinin kuruluşunuzdan hangi From adresi ve hangi zarf göndereni adresiyle çıktığına bakın: `Get-MessageTraceV2` ikisini de gösterir.',
      'Liste sahibinden göndereni izinli kılmasını isteyin ya da listeye kayıtlı adresten gönderin.',
    ],
  },
  'X.7.3': {
    title: 'STARTTLS gerekli ama sunucu sunmuyor',
    meaning:
      'IANA kaydı bu kodu güvenli ileti biçimleri arasında başarısız bir dönüştürme olarak tanımlar; bu durumla neredeyse hiç karşılaşılmaz. Exchange Online’da kod `451 5.7.3 STARTTLS is required to send mail` olarak görünür: bağlayıcı TLS ister, alıcı sunucu STARTTLS sunmaz, Microsoft 365 de iletiyi kuyrukta tutar ve bu metni 4.4.317 hatasının içinde bildirir. Gönderim uç noktası `smtp.office365.com` ise bir cihaz veya uygulama oturum açamadığında `535 5.7.3 Authentication unsuccessful` yanıtını verir.',
    causes: [
      'Alıcı sunucuda SMTP’ye atanmış, kullanılabilir bir sertifika yok; bu yüzden sunucu `EHLO` yanıtında STARTTLS’yi listelemiyor. Exchange Server’da nedeni genellikle Default Frontend alma bağlayıcısındaki hatalı `TlsCertificateName` değeridir.',
      'Alıcı sunucuda TLS hiç açılmamış (küçük Postfix veya exim sunucularında sık görülür).',
      'SMTP trafiğini inceleyen bir güvenlik duvarı, sunucunun yanıtındaki STARTTLS’yi gizliyor.',
      '`535 5.7.3 Authentication unsuccessful` için: yanlış parola, posta kutusu ya da kuruluş için kapatılmış SMTP AUTH veya hesap için engellenmiş temel kimlik doğrulama.',
    ],
    steps: [
      'Metni 4.4.317 satırının `Message` bölümünde bulun ve `LastAttemptedServerName` alanındaki sunucuyu not edin.',
      '25 numaralı bağlantı noktasını kullanabilen bir ağdan bu sunucuya bağlanın, `EHLO` gönderin ve yanıtta STARTTLS olup olmadığına bakın; STARTTLS yoksa `openssl s_client -connect <host>:25 -starttls smtp` hata verir.',
      'Sunucuda SMTP’ye geçerli bir sertifika atayın (Exchange Server’da 12014 olayına bakın, Default Frontend bağlayıcısının `TlsCertificateName` değerini düzeltin ve Frontend Transport hizmetini yeniden başlatın) ya da güvenlik duvarındaki SMTP incelemesini kapatın.',
      'Bağlayıcıdaki TLS zorunluluğunu koruyun; yalnızca o sunucuya şifrelenmemiş posta gitmesini kabul ediyorsanız gevşetin, bir iş ortağı kuruluşun bağlayıcısında ise onların onayı olmadan asla gevşetmeyin.',
      '`535 5.7.3 Authentication unsuccessful` için cihazın kullandığı kimlik bilgilerini ve posta kutusunu denetleyin: `Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled`.',
    ],
    classNotes: {
      '4': 'Geçici durum, içinde 5.7.3 metni bulunan bir 4.4.317 olarak görünür; Microsoft 365 yeniden deneme süresi boyunca (varsayılan olarak 24 saat) denemeyi sürdürür.',
      '5': '`451 5.7.3` içindeki 451 temel kodu geçicidir, bu yüzden Microsoft 365 denemeyi sürdürür; süre dolduğunda teslim edilemedi raporunda `550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)` yer alır. `535 5.7.3 Authentication unsuccessful` ise oturumu hemen bitirir: uygulamanın çalışan ayarlarla yeniden oturum açması gerekir.',
    },
  },
  'X.7.4': {
    title: 'Güvenlik özelliği desteklenmiyor',
    meaning:
      'İleti, güvenli kimlik doğrulama gibi, teslim yolunun sağlayamadığı bir güvenlik özelliği istedi ve bu yüzden geri döndü. Exchange Online bu kodu kendi teslim edilemedi raporlarında kullanmaz; kod yalnızca eski veya özel amaçlı sistemlerden beklenir.',
    causes: [
      'Gönderen istemci veya sunucu, sonraki sunucunun desteklemediği bir güvenlik uzantısı istedi.',
      'İki sistem arasındaki bir ağ geçidi bu özelliği desteklemiyor.',
    ],
    steps: [
      'Yanıtı hangi sunucunun verdiğini ve hangi komuta yanıt verdiğini not edin (gönderenin SMTP günlüğünde görünür).',
      'İletiyi bu güvenlik seçeneği olmadan gönderin ya da özelliği destekleyen bir sunucu üzerinden yönlendirin.',
    ],
  },
  'X.7.5': {
    title: 'Sertifika, alıcının MTA-STS ilkesinden geçemedi',
    meaning:
      'Exchange Online alıcı etki alanının bir MX konağına ulaştı, ancak bu konağın sertifikası etki alanının zorlama modundaki (enforce) MTA-STS ilkesini karşılamadı; bu yüzden Microsoft 365 iletiyi teslim etmedi. Yanıt `Remote certificate failed MTA-STS validation. Reason: <validityStatus>` biçimindedir ve sorun bağlayıcınızda değil, alıcı etki alanındadır. IANA kaydındaki daha geniş anlam, yani bir iletiyi doğrulamak veya şifresini çözmek için gereken anahtarın eksik ya da geçersiz olması, nadiren görülür.',
    causes: [
      'MX konağının sertifikası güvenilir bir kök sertifika yetkilisine zincirlenmiyor ya da sunucu ara sertifikalarını göndermiyor.',
      'Sertifikadaki adlar (CN veya SAN), ilkede listelenen MX konak adını içermiyor.',
      'Sertifikanın süresi dolmuş.',
      'İlkenin kendisi artık etki alanının gerçek MX konaklarını listelemiyorsa bunun yerine 4.4.8 kodu gelir.',
    ],
    steps: [
      'Yanıttaki `Reason` bölümünü okuyun: hangi denetimin başarısız olduğunu söyler.',
      'MX konağının sertifikasına bakın: `openssl s_client -connect <mx-host>:25 -starttls smtp -servername <mx-host>` sertifikanın adlarını, tarihlerini ve zincirini gösterir.',
      'Etki alanının ilkesini okuyun: `Resolve-DnsName -Type TXT _mta-sts.<domain>` ve `https://mta-sts.<domain>/.well-known/mta-sts.txt` adresindeki dosya.',
      'Bulduklarınızı alıcı etki alanının yöneticisine gönderin: sertifikayı yenilemesi veya düzeltmesi ya da ilkeyi düzeltmesi gerekir.',
    ],
    classNotes: {
      '4': 'Geçici: Microsoft 365 iletiyi kuyrukta tutar ve yeniden deneme süresi bitene kadar dener.',
      '5': 'Kalıcı: teslim durmuştur ve gönderen bir teslim edilemedi raporu alır; alıcı etki alanı sertifikasını düzelttikten sonra iletiyi yeniden gönderin.',
    },
  },
  'X.7.6': {
    title: 'Şifreleme algoritması desteklenmiyor',
    meaning:
      'İletiyi doğrulaması veya şifresini çözmesi gereken sistem, kullanılan algoritmayı desteklemediği için bunu yapamadı. Bu, ileti düzeyindeki güvenlikle (iletinin kendisinin imzalanması veya şifrelenmesi) ilgilidir ve Exchange Online’ın kendi teslim edilemedi raporlarında görünmez.',
    causes: [
      'İleti, alıcı ağ geçidinin desteklemediği bir algoritmayla imzalanmış veya şifrelenmiş.',
      'Yol üzerindeki eski bir güvenlik ağ geçidi güncellenmemiş.',
    ],
    steps: [
      'Alıcının yöneticisine ağ geçidinin hangi algoritmaları desteklediğini sorun.',
      'İletiyi yaygın olarak desteklenen bir algoritmayla ya da ilkeniz izin veriyorsa ileti düzeyinde şifreleme olmadan yeniden gönderin.',
    ],
  },
  'X.7.7': {
    title: 'İleti yolda değiştirilmiş veya bozulmuş',
    meaning:
      'İletiyi denetleyen bir sistem, iletinin yolda değiştirildiğini ya da bozulduğunu gördü ve denetim başarısız oldu. Exchange Online bu kodu kendi teslim edilemedi raporlarında kullanmaz; kod, imzalı iletileri doğrulayan ağ geçitlerinden gelir.',
    causes: [
      'Gönderenle alıcı arasındaki bir sunucu veya ağ geçidi, ileti imzalandıktan sonra onu değiştirdi: alt bilgi ya da yasal uyarı ekledi veya bağlantıları yeniden yazdı.',
      'Yol üzerindeki bir cihaz satır sonlarını veya kodlamayı değiştirdi.',
    ],
    steps: [
      'İletiyi değiştiren aşamayı bulun: ulaşan kopyanın üst bilgilerini ve gövdesini gönderilen iletiyle karşılaştırın.',
      'Yasal uyarıları ve alt bilgileri ileti imzalanmadan önce ekleyin ya da yoldaki cihazın iletileri yeniden yazmasını durdurun.',
    ],
  },
  'X.7.8': {
    title: 'SMTP sunucusunda oturum açılamadı',
    meaning:
      'Sunucu, istemcinin AUTH komutunda verdiği kullanıcı adını ve parolayı (ya da belirteci) reddetti. Exchange Online’ın kendi uç noktası `smtp.office365.com` bu tür hataları `535 5.7.3 Authentication unsuccessful` olarak ya da 5.7.139 koduyla bildirir; bu yüzden 5.7.8 genellikle başka bir sağlayıcıdan veya başka bir posta sunucusundan gelir.',
    causes: [
      'Parola yanlış veya süresi dolmuş ya da kullanıcı adı, sunucunun beklediği tam adres değil.',
      'Hesabın uygulama parolası veya OAuth kullanması gerekiyor ve normal parola reddediliyor.',
      'Hesap kilitli ya da sağlayıcının güvenlik ilkesi oturum açmayı engelliyor.',
    ],
    steps: [
      'Cihazdaki veya uygulamadaki kullanıcı adını ve parolayı denetleyin; aynı hesapla bir tarayıcıda oturum açarak hesabın çalışıp çalışmadığını görün.',
      'Sağlayıcı OAuth veya uygulama parolası istiyorsa uygulamanın ayarlarını buna göre değiştirin.',
      'Başarısız denemeyi ve verilen nedeni sağlayıcının oturum açma günlüğünde arayın.',
    ],
  },
  'X.7.9': {
    title: 'Kimlik doğrulama yöntemi çok zayıf',
    meaning:
      'Sunucu, istemcinin seçtiği AUTH yöntemini reddetti, çünkü ilkesi bu hesap için daha güçlü bir yöntem istiyor. Bazı sağlayıcılar bu kodu normal parola yerine uygulama parolası veya OAuth istemek için kullanır; Exchange Online bu kodu teslim edilemedi raporlarında kullanmaz.',
    causes: [
      'İstemci basit bir yöntem (PLAIN veya LOGIN) kullanıyor, oysa hesabın OAuth gibi daha güçlü bir yöntem kullanması gerekiyor.',
      'Sunucunun ilkesi değişti ve eski istemciler güncellenmedi.',
    ],
    steps: [
      'İstemciyi, sunucunun `EHLO` yanıtındaki AUTH satırında listelediği bir yönteme, tercihen OAuth’a geçirin.',
      'Daha güçlü bir yöntem kullanamayan cihazları güncelleyin ya da değiştirin.',
    ],
  },
  'X.7.10': {
    title: 'Oturum açmadan önce şifreleme gerekli',
    meaning:
      'Sunucu, istenen kimlik doğrulamayı şifrelenmemiş bir oturumda kabul etmiyor. İstemcinin önce `STARTTLS` ile TLS’yi başlatması ya da daha güçlü bir yöntem seçmesi gerekir.',
    causes: [
      'İstemci, TLS ayarı kapalı olduğu için `STARTTLS` öncesinde oturum açmaya çalışıyor.',
      'Cihaz yalnızca eski TLS sürümlerini destekliyor ve bu yüzden hiçbir zaman şifreli oturum kuramıyor.',
    ],
    steps: [
      'İstemcide STARTTLS’yi açın (çoğu zaman TLS veya açık TLS diye adlandırılır) ve 587 numaralı bağlantı noktasını kullanın.',
      'Cihaz TLS 1.2’yi desteklemiyorsa ürün yazılımını güncelleyin ya da bunu destekleyen bir aktarma sunucusu üzerinden gönderin: Exchange Online, TLS 1.0 ve 1.1’i 4.7.66 koduyla reddeder.',
    ],
  },
  'X.7.11': {
    title: 'Bu oturum açma yöntemi şifreleme gerektiriyor',
    meaning:
      'Sunucu seçilen AUTH yöntemini reddetti, çünkü bu yöntem yalnızca şifreli bir bağlantıda kullanılabilir. IANA kaydı bu kodu tarihsel nedenlerle tutar: güncel sunucular bu tür yöntemleri TLS başlamadan önce sunmaz, bu yüzden kod nadiren görülür.',
    causes: [
      'Eski bir istemci bu yöntemi şifrelenmemiş bir oturumda seçti.',
      'Sunucu, TLS olmadan kabul etmeyeceği yöntemleri hâlâ duyuruyor.',
    ],
    steps: [
      'İstemcinin kimlik doğrulamadan önce `STARTTLS` ile TLS’yi başlatmasını sağlayın.',
      'İstemciyi güncelleyin ya da sunucuyu bu tür yöntemleri yalnızca oturum şifrelendikten sonra sunacak şekilde ayarlayın.',
    ],
  },
  'X.7.12': {
    title: 'Alıcı yalnızca kendi kuruluşundan posta kabul ediyor',
    meaning:
      'Exchange Online’da `Sender was not authenticated by organization`, alıcının yalnızca kendi kuruluşundaki kimliği doğrulanmış gönderenlerden posta kabul ettiği anlamına gelir; dışarıdan gelen ileti bu yüzden reddedilir. Bu ayar yalnızca alıcı tarafında değiştirilebilir. IANA kaydındaki anlam, yani AUTH sırasında parola geçişinin gerekmesi, pratikte hiç görülmez.',
    causes: [
      'Alıcı; teslim ayarları yalnızca kuruluş içindeki gönderenlere izin veren bir grup, paylaşılan posta kutusu veya başka bir posta kutusudur.',
      'Kendi uygulamanızdan veya şirket içi sunucunuzdan gelen posta Microsoft 365’e anonim olarak ulaştı, çünkü hiçbir gelen bağlayıcı onu kuruluşunuzdan geliyor olarak işaretlemiyor.',
    ],
    steps: [
      'Gönderen sizseniz teslim edilemedi raporunu alıcıya veya yöneticisine iletin: sizin tarafınızda bunu düzeltecek bir şey yoktur.',
      'Alıcının yöneticisiyseniz alıcıyı Exchange yönetim merkezinde (EAC) açın ve kuruluş dışındaki gönderenlere izin verin (grupta teslim yönetimi, posta kutusunda ileti teslim kısıtlamaları) ya da yalnızca bu göndereni bir posta kişisi olarak izin verilen gönderenler listesine ekleyin.',
      'PowerShell’de: `Set-DistributionGroup -Identity <group> -RequireSenderAuthenticationEnabled $false`; posta kutusu için aynı parametreyi `Set-Mailbox` ile kullanın.',
      'Gönderen kendi uygulamanız veya sunucunuzsa kimlik doğrulaması yapmasını sağlayın ya da postasını bir gelen bağlayıcı üzerinden yönlendirin; böylece posta iç posta sayılır.',
    ],
  },
  'X.7.13': {
    title: 'Alıcı yalnızca kimliği doğrulanmış gönderenleri kabul ediyor',
    meaning:
      'Exchange Online 5.7.13 kodunu, 5.7.135 gibi, alıcı (genellikle posta etkin bir ortak klasör) yalnızca kimliği doğrulanmış gönderenlerden posta kabul ettiğinde kullanır; dışarıdan gelen posta reddedilir ve metin `Sender was not authenticated for public folder` olur. IANA kaydındaki anlam, yani başarılı bir oturum açmadan sonra fark edilen devre dışı kullanıcı hesabı, AUTH sırasında başka sunuculardan gelir.',
    causes: [
      'Ortak klasör ya da başka bir alıcı, tüm gönderenlerin kimliğinin doğrulanmasını şart koşuyor.',
      'Alıcı yalnızca listesindeki gönderenleri kabul ediyor ve bu gönderen listede yok.',
      'AUTH sırasında başka bir sunucudan: oturum açılan hesap devre dışı bırakılmış (ödeme yapılmamış, kötüye kullanılmış ya da bir izinsiz giriş denemesinden sonra engellenmiş).',
    ],
    steps: [
      'Gönderen olarak teslim edilemedi raporunu alıcının yöneticisine iletin: ayarı yalnızca o değiştirebilir.',
      'Alıcının yöneticisi olarak Exchange yönetim merkezinde (EAC) Ortak klasörler bölümünü açın, klasörün posta akışı ayarlarını düzenleyin ve tüm gönderenlere izin verin ya da bu göndereni bir posta kişisi olarak klasörün listesine ekleyin.',
      'Ya da PowerShell’de: `Set-MailPublicFolder -Identity <folder> -RequireSenderAuthenticationEnabled $false`.',
      'AUTH anlamında, sağlayıcının yöneticisinden hesabı yeniden etkinleştirmesini isteyin; yeni bir parola işe yaramaz.',
    ],
  },
  'X.7.14': {
    title: 'Başka bir sunucuyla güven ilişkisi gerekli',
    meaning:
      'Gönderim sunucusunun ileti içeriğini başka bir sunucudan alması gerekiyor (başvuruyla gönderim, BURL), ancak o sunucuyla kurulmuş bir güven ilişkisi yok. Exchange Online’da neredeyse hiç görülmez.',
    causes: [
      'İstemci, gönderim sunucusunun içeriği başka bir sunucudan almasını gerektiren bir uzantı kullanıyor ve bu iki sunucu birbirine güvenecek şekilde hiç yapılandırılmamış.',
      'İçeriği tutan sunucu (genellikle bir IMAP sunucusu) gönderim sunucusunun erişimini reddetti.',
    ],
    steps: [
      'İstemcide başvuruyla gönderimi kapatın; böylece istemci iletinin tamamını gönderir.',
      'Aksi hâlde iki sunucunun yöneticilerinin aralarındaki güveni yapılandırması gerekir.',
    ],
  },
  'X.7.15': {
    title: 'İleti önceliği çok düşük',
    meaning:
      'Alıcı sunucu şimdilik yalnızca daha yüksek öncelikli iletileri kabul ediyor (SMTP öncelik uzantısı, `MT-PRIORITY`) ve bu iletiyi reddetti. Exchange Online bu uzantıyı kullanmaz; kod özel amaçlı sistemlerden gelir.',
    causes: [
      'Sunucu, örneğin bir acil durumda veya aşırı yük altında, yalnızca yüksek öncelikli postayı kabul eden kısıtlı bir modda çalışıyor.',
      'Gönderen, sunucunun kabul ettiği en düşük önceliğin altında bir öncelik belirledi.',
    ],
    steps: [
      'İletiyi daha sonra ya da kullanma hakkınız varsa daha yüksek bir öncelikle yeniden gönderin.',
      'Alıcı sistemin yöneticisine hangi öncelikleri kabul ettiğini sorun.',
    ],
    classNotes: {
      '4': 'Geçici: sunucu daha sonra düşük öncelikleri yeniden kabul edebilir ve gönderen yeniden dener.',
      '5': 'Kalıcı: bu sunucu o önceliği kabul etmeyecektir; önceliği değiştirin ya da başka bir yol kullanın.',
    },
  },
  'X.7.16': {
    title: 'İleti, önceliğine göre çok büyük',
    meaning:
      'Sunucu bu öncelikteki iletileri yalnızca belirli bir boyuta kadar kabul ediyor ve bu ileti daha büyük. Kod, Exchange Online’ın kullanmadığı öncelik uzantısına (`MT-PRIORITY`) aittir.',
    causes: [
      'Sunucu, yalnızca küçük ve yüksek öncelikli iletilerin geçtiği bir modda çalışıyor.',
      'Yüksek öncelikle gönderilen bir iletide büyük ekler var.',
    ],
    steps: [
      'Daha küçük bir ileti gönderin (dosyayı eklemek yerine bağlantısını paylaşın) ya da iletiyi normal öncelikle gönderin.',
      'Alıcı sistemin yöneticisine her öncelik için geçerli boyut sınırlarını sorun.',
    ],
  },
  'X.7.17': {
    title: 'Posta kutusunun sahibi değişmiş',
    meaning:
      'İleti, alıcıdan posta kutusunun belirli bir tarihten beri aynı kişiye ait olduğunu doğrulamasını istedi (`RRVS` uzantısı veya `Require-Recipient-Valid-Since` üst bilgi alanı) ve alıcı bunun doğru olmadığını biliyor. İleti, yeniden kullanıma verilmiş bir adresin yeni sahibine ulaşmasın diye reddedilir; Exchange Online bu denetimi kullanmaz.',
    causes: [
      'Adres kapatılmış ve daha sonra başka birine verilmiş.',
      'Gönderen sistem, örneğin eski bir abone listesinden kalan eski bir tarihle soruyor.',
    ],
    steps: [
      'Yeniden göndermeden önce alıcının güncel adresini başka bir kanaldan doğrulayın.',
      'Gönderen sistemde (posta listesi, CRM) adresi ve tarihini güncelleyin.',
    ],
  },
  'X.7.18': {
    title: 'Alıcı etki alanının sahibi değişmiş',
    meaning:
      '5.7.17’ye benzer, ancak alıcı, alıcı etki alanının tamamının denetimde verilen tarihten sonra el değiştirdiğini bildiriyor. İleti, etki alanının yeni sahibine ulaşmasın diye reddedilir.',
    causes: [
      'Alıcı kuruluş etki alanının süresini doldurmuş ve başka biri onu kaydettirmiş.',
      'Etki alanı satılmış ya da başka bir kuruluşa devredilmiş.',
    ],
    steps: [
      'O etki alanına göndermeyi bırakın ve alıcının yeni adresini başka bir kanaldan doğrulayın.',
      'Gönderen sistemde o etki alanındaki adresleri silin ya da güncelleyin.',
    ],
  },
  'X.7.19': {
    title: 'Adres geçmişi denetlenemiyor',
    meaning:
      'İleti bir adres geçmişi denetimi (`RRVS`) taşıyordu, ancak alıcıda posta kutusunun ne zaman oluşturulduğuna veya ne zaman sahip değiştirdiğine dair bir kayıt yok, bu yüzden yanıt veremiyor. İletiyi bu denetim olmadan yeniden gönderip göndermemeye gönderen karar verir.',
    causes: [
      'Alıcı sistem, denetimin gerektirdiği tarihi saklamıyor.',
      'Posta kutusu, alıcı sistemde tutulan kayıtlardan daha eski.',
    ],
    steps: [
      'İletinin denetim olmadan gidip gidemeyeceğine karar verin; gidebiliyorsa seçeneği kaldırarak yeniden gönderin.',
      'Hassas postalarda önce alıcıyı başka bir kanaldan doğrulayın.',
    ],
  },
  'X.7.20': {
    title: 'Geçerli DKIM imzası yok',
    meaning:
      'Alıcı, doğrulamadan geçen bir DKIM imzası istiyor ve iletide böyle bir imza yoktu. Bu kodu katı ilkeleri olan alıcılar kullanır; pek çok alıcı aynı durumda 5.7.26 veya 5.7.1 ile yanıt verir.',
    causes: [
      'Microsoft 365’te etki alanınız için DKIM imzalama açık değil ya da etki alanının iki CNAME kaydı (`selector1._domainkey`, `selector2._domainkey`) eksik.',
      'Microsoft 365’ten sonraki bir sunucu veya ağ geçidi iletiyi değiştirdi (alt bilgi, yeniden yazılmış bağlantılar) ve imzayı bozdu.',
      'Üçüncü taraf bir hizmet, etki alanınız için DKIM ayarlanmadan onun adına gönderiyor.',
    ],
    steps: [
      'Bir test posta kutusuna gönderilen iletinin `Authentication-Results` üst bilgisine bakın: orada `dkim=pass` ya da hatanın nedeni yazar.',
      'Etki alanı için DKIM’i açın: `Get-DkimSigningConfig` etki alanını listelemiyorsa `New-DkimSigningConfig -DomainName <domain> -Enabled $false` ile oluşturun, iki CNAME kaydını DNS barındırma hizmetinizde yayımlayın, ardından `Set-DkimSigningConfig -Identity <domain> -Enabled $true` komutunu çalıştırın.',
      'Etki alanınız adına gönderen diğer her hizmette DKIM’i kendi etki alanınızla ayarlayın.',
    ],
  },
  'X.7.21': {
    title: 'Kabul edilebilir DKIM imzası yok',
    meaning:
      'İletide doğrulamadan geçen bir DKIM imzası vardı, ancak hiçbir imza alıcının ilkesine uymuyordu; örneğin imzalayan etki alanı, anahtar uzunluğu veya algoritma nedeniyle.',
    causes: [
      'İmza, alıcının çok kısa bulduğu bir anahtar ya da kabul etmediği bir imzalayan etki alanı kullanıyor.',
      'İmza, alıcının reddettiği bir algoritma kullanıyor; örneğin eski `rsa-sha1`.',
    ],
    steps: [
      'Verilen nedeni öğrenmek için alıcının yanıtını ve `Authentication-Results` üst bilgisini okuyun.',
      'Kendi etki alanınızla ve 2048 bitlik bir anahtarla imzalayın; Microsoft 365’te `Rotate-DkimSigningConfig -Identity <domain> -KeySize 2048` etki alanını daha uzun bir anahtara geçirir.',
    ],
  },
  'X.7.22': {
    title: 'From etki alanı için DKIM imzası yok',
    meaning:
      'İletide geçerli bir DKIM imzası vardı, ancak imza, alıcının şart koştuğu gibi From adresindeki etki alanına ait değildi. Bu, 5.7.21’in daha dar bir durumudur.',
    causes: [
      'Kendi etki alanınız için DKIM açık değil, bu yüzden Microsoft 365 iletileri kiracının `onmicrosoft.com` etki alanıyla imzalıyor ve bu etki alanı From adresiyle eşleşmiyor.',
      'Üçüncü taraf bir hizmet etki alanınız adına gönderiyor ama kendi etki alanıyla imzalıyor.',
    ],
    steps: [
      'Gönderim yaptığınız her özel etki alanı için DKIM’i açın: `Get-DkimSigningConfig` etki alanlarını listeler ve hangilerinde açık olduğunu gösterir.',
      'Etki alanınız adına gönderen diğer hizmetleri, genellikle size verdikleri CNAME veya TXT kayıtlarını yayımlayarak, sizin etki alanınızla imzalayacak şekilde ayarlayın.',
    ],
  },
  'X.7.23': {
    title: 'SPF denetiminden geçemediği için reddedildi',
    meaning:
      'Alıcı sistem gönderen etki alanı için SPF denetimi yaptı ve fail sonucu aldı: iletiyi teslim eden IP adresine etki alanının SPF kaydında izin verilmiyor, bu yüzden ileti reddedildi. Exchange Online’ın teslim edilemedi raporunda metin `The message was rejected because of Sender Policy Framework violation` şeklindedir; alıcı genellikle Microsoft 365 dışındadır.',
    causes: [
      'Etki alanınızın SPF kaydı Microsoft 365’i (`include:spf.protection.outlook.com`) ya da şirket içi sunucu veya toplu gönderim hizmeti gibi etki alanı adına gönderen başka bir sistemi içermiyor.',
      'Kiracınıza eklenmemiş ve doğrulanmamış bir etki alanının postası Microsoft 365 üzerinden aktarılıyor ve bu etki alanının SPF kaydı Microsoft 365’i içermiyor.',
      'Microsoft 365 giden iletiyi istenmeyen posta olarak değerlendirdi ve adresleri SPF’den geçmeyen yüksek riskli teslim havuzu üzerinden gönderdi.',
      'İletiyi, etki alanının SPF kaydında bulunmayan bir sunucu yönlendirdi.',
    ],
    steps: [
      'Etki alanının SPF kaydını `Resolve-DnsName -Type TXT <domain>` ya da `nslookup -type=txt <domain>` ile okuyun: `v=spf1` ile başlayan tam olarak bir kayıt olmalıdır.',
      'Etki alanı adına gönderen her sistemi DNS barındırma hizmetinizde kayda ekleyin: Microsoft 365’i `include:spf.protection.outlook.com` ile, şirket içi sunucuları genel IP adresleriyle.',
      '`Get-AcceptedDomain` ile gönderen etki alanının kiracınızda kabul edilen etki alanı olduğunu denetleyin.',
      'İleti giden istenmeyen posta sayıldıysa gönderenin hesabının ele geçirilip geçirilmediğini denetleyin ve Microsoft Defender portalındaki giden istenmeyen posta uyarılarına bakın.',
    ],
  },
  'X.7.24': {
    title: 'SPF denetimi tamamlanamadı',
    meaning:
      'Alıcı, gönderen etki alanı için SPF denetimi yapmaya çalıştı, ancak denetim pass veya fail yerine bir hatayla sonuçlandı: kayıt okunamadı ya da değerlendirilemedi.',
    causes: [
      'Kayıt 10’dan fazla DNS sorgusu gerektiriyor (çok fazla `include:` terimi); bu kalıcı bir hatadır.',
      'Etki alanının iki SPF kaydı ya da söz dizimi hatalı tek bir kaydı var.',
      'Etki alanının ad sunucuları zamanında yanıt vermedi; bu geçici bir hatadır.',
    ],
    steps: [
      'Kaydı `Resolve-DnsName -Type TXT <domain>` ile okuyun ve iç içe kayıtlar dâhil, sorgu gerektiren terimleri (`include:`, `a`, `mx`, `redirect=`) sayın.',
      'Birden fazla kaydı tek kayıtta birleştirin ve artık kullanmadığınız hizmetlerin girdilerini kaldırın.',
      'Zaman aşımları için DNS barındırma hizmetinizden etki alanının ad sunucularını denetlemesini isteyin.',
    ],
    classNotes: {
      '4': 'Geçici (SPF temperror, genellikle bir DNS zaman aşımı): gönderen yeniden dener ve DNS yeniden yanıt verdiğinde denetim çoğu zaman geçer.',
      '5': 'Kalıcı (SPF permerror, bozuk bir kayıt): kayıt düzeltilene kadar her ileti reddedilir.',
    },
  },
  'X.7.25': {
    title: 'Ters DNS kaydı olmayan IPv6 gönderen',
    meaning:
      'Gönderen sunucu IPv6 üzerinden bağlandı ve IPv6 adresinin ters DNS (PTR) kaydı yok; bu yüzden alıcı bağlantıyı reddetti. Microsoft 365, IPv6 üzerinden gelen anonim posta için bu kaydı şart koşar ve yanıtında bu adres için `must have a reverse DNS record` ifadesini kullanır.',
    causes: [
      'Sunucunun IPv6 adresi için hiç PTR kaydı oluşturulmamış; birçok sağlayıcı bu kaydı varsayılan olarak oluşturmaz.',
      'Sunucu, ağında IPv6 açıldıktan sonra IPv6 üzerinden göndermeye başladı ve kimse onun için ters DNS ayarlamadı.',
      'Başka alıcılar, PTR kaydındaki ad aynı adrese geri çözümlenmediğinde de reddeder.',
    ],
    steps: [
      'Gönderen IPv6 adresini yanıttan alın ve sorgulayın: `Resolve-DnsName -Type PTR <IPv6 address>` ya da `nslookup <IPv6 address>`.',
      'Bu adresin ters bölgesini yöneten taraftan (genellikle internet servis sağlayıcısı veya barındırma sağlayıcısı; etki alanınızın DNS barındırma hizmeti değil) sunucunun adını taşıyan bir PTR kaydı oluşturmasını isteyin ve bu ad için aynı adresi gösteren bir AAAA kaydı ekleyin.',
      'O zamana kadar sunucunun bu hedefe IPv4 üzerinden göndermesini sağlayın.',
    ],
    classNotes: {
      '4': 'Microsoft 365 bu duruma 450 4.7.25 ile de yanıt vermiştir: gönderen sunucu yeniden dener, ancak PTR kaydı oluşana kadar her deneme başarısız olur.',
      '5': 'Kalıcı biçim: gönderen hemen bir teslim edilemedi raporu alır ve düzeltmeden sonra iletiyi yeniden göndermesi gerekir.',
    },
  },
  'X.7.26': {
    title: 'Birden fazla kimlik doğrulama denetimi başarısız',
    meaning:
      'İleti, alıcının kimlik doğrulama denetimlerinden birden fazlasını geçemedi. Microsoft 365, IPv6 üzerinden gelen ve ne SPF’den ne de DKIM’den geçen posta için 4.7.26 kullanır (metinde `must pass either SPF or DKIM validation` ifadesi geçer); Gmail ve başkaları ise SPF ile DKIM’in ikisi birden başarısız olduğunda ya da etki alanının DMARC ilkesi iletiyi reddettiğinde 5.7.26 ile yanıt verir.',
    causes: [
      'Gönderen sunucunun IPv6 adresi etki alanının SPF kaydında yok; birçok kayıt yalnızca IPv4 adreslerini listeler.',
      'İleti DKIM ile imzalanmamış ya da imza yolda bozulmuş.',
      'From etki alanının DMARC ilkesi reject veya quarantine ve bu etki alanı için ne SPF ne de DKIM geçiyor.',
    ],
    steps: [
      'Yanıtı okuyun: gönderen adresi ve başarısız olan denetimleri belirtir.',
      'Sunucunun IPv6 adresini veya aralığını `ip6:` ile SPF kaydına ekleyin ve SPF’nin etki alanı adına gönderen her sistemi kapsadığından emin olun.',
      'Etki alanı adına gönderen her sistemde DKIM imzalamayı açın; Microsoft 365’te: `Set-DkimSigningConfig -Identity <domain> -Enabled $true`.',
      'Yeniden göndermeden önce bir test iletisinin `Authentication-Results` üst bilgisini denetleyin.',
    ],
    classNotes: {
      '4': 'Microsoft 365’in kullandığı biçim (450 4.7.26): gönderen sunucu yeniden dener, ancak SPF veya DKIM geçene kadar her deneme başarısız olur ve sonunda gönderen kendi sunucusundan bir teslim edilemedi raporu alır.',
      '5': 'Gmail’de sık görülen kalıcı biçim: ileti hemen reddedilir; SPF’yi, DKIM’i veya DMARC’ın istediği etki alanı uyumunu düzeltip iletiyi yeniden gönderin.',
    },
  },
  'X.7.27': {
    title: 'Gönderen etki alanı posta almıyor (null MX)',
    meaning:
      'Gönderenin etki alanı, hiçbir zaman posta almadığını bildiren bir null MX kaydı (`.` adresini gösteren tek bir MX kaydı) yayımlıyor. Alıcı iletiyi reddetti, çünkü böyle bir etki alanına yanıt ya da teslim edilemedi raporu gönderemezdi.',
    causes: [
      'Bir uygulama, null MX kaydı olan no-reply türünde bir etki alanından veya alt etki alanından gönderiyor.',
      'Posta gönderen bir etki alanında, örneğin bir geçiş sırasında, yanlışlıkla null MX yayımlanmış.',
    ],
    steps: [
      'Gönderen etki alanını `Resolve-DnsName -Type MX <domain>` ile denetleyin: null MX, adı `.` olan tek bir kayıt olarak görünür.',
      'Posta alabilen bir etki alanından gönderin ya da null MX kaydını gerçek MX kayıtlarıyla değiştirin.',
    ],
  },
  'X.7.28': {
    title: 'Bir posta selinin parçası',
    meaning:
      'Alıcı, iletinin benzer ve kötü amaçlı iletilerden oluşan bir selin parçası olduğuna karar verdi ve iletiyi reddetti. Kod bir İnternet taslağından (Internet-Draft) gelir ve nadiren görülür.',
    causes: [
      'Bir uygulama ya da posta döngüsü aynı alıcıya çok sayıda, neredeyse aynı ileti gönderiyor.',
      'Büyük bir toplu gönderim tek bir sağlayıcıya aynı anda ulaştı.',
    ],
    steps: [
      'Kısa sürede o alıcıya kaç ileti gittiğini ileti izlemede denetleyin: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Döngüyü veya toplu işi durdurun ve büyük gönderimleri zamana yayın.',
    ],
  },
  'X.7.29': {
    title: 'ARC denetimi başarısız',
    meaning:
      'Alıcı, iletinin ARC zincirini (yönlendiricilerin ve filtreleme hizmetlerinin önceki kimlik doğrulama sonuçlarını kaydetmek için eklediği mühürler) denetledi, zinciri kopuk veya geçersiz buldu ve iletiyi reddetti. Ret kodu olarak nadiren görülür.',
    causes: [
      'Bir yönlendirici, posta listesi veya filtreleme hizmeti iletiyi mühürledikten sonra değiştirdi ya da yanlış mühürledi.',
      'Bir mühür, alıcının DNS’te bulamadığı bir anahtarla oluşturulmuş.',
    ],
    steps: [
      'En son `ARC-Seal` üst bilgisini ekleyen aracıyı bulun: ARC imzalamasını onun yöneticisi düzeltmelidir.',
      'Bu arada yönlendiriciyi aradan çıkararak doğrudan alıcıya gönderin.',
    ],
  },
  'X.7.30': {
    title: 'Sonraki sunucu REQUIRETLS desteklemiyor',
    meaning:
      'İleti, her aşamada doğrulanmış TLS kullanılmasını isteyen `REQUIRETLS` seçeneğiyle gönderildi, ancak iletinin sonraki aşamada gideceği sunucuların hiçbiri bu seçeneği desteklemiyor; bu yüzden ileti geri döndü. Nadiren görülür.',
    causes: [
      'Gönderen istemci veya sunucu `REQUIRETLS` istedi ve alıcının sunucuları bunu sunmuyor.',
      'Yol üzerindeki bir yönlendirme veya aktarma sunucusu bu seçeneği desteklemiyor.',
    ],
    steps: [
      'Alıcının sunucularının `EHLO` yanıtında `REQUIRETLS` listelenip listelenmediğine bakın.',
      'İçerik için olağan TLS yeterliyse iletiyi bu seçenek olmadan yeniden gönderin ya da alıcıyla güvenli bir yol üzerinde anlaşın.',
    ],
  },
} satisfies CodeTextsPart;
