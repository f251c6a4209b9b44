/** Registry texts (pl): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.7.0': {
    title: 'Problem z zabezpieczeniami lub zasadami, bez szczegółów',
    meaning:
      'Serwer odrzucił lub odłożył wiadomość z powodu zabezpieczeń albo zasad, ale nie podał dokładniejszego kodu. Jedynym prawdziwym wyjaśnieniem jest tekst po kodzie; niektóre serwery celowo piszą ogólnikowo, żeby nie zdradzać, która kontrola zawiodła.',
    causes: [
      'Odbiorca nie ufa adresowi IP lub domenie nadawcy: zadziałała kontrola reputacji albo lista zablokowanych adresów, a tekst często podaje nazwę listy lub numer referencyjny.',
      'Brakuje szyfrowania TLS albo jego negocjacja się nie udała, choć serwer go wymaga, np. `Must issue a STARTTLS command first` lub `TLS not available due to temporary reason`.',
      'Zadziałała lokalna zasada organizacji odbiorcy (limit połączeń, treść, reguła), której ta organizacja nie chce ujawniać.',
    ],
    steps: [
      'Przeczytaj całą odpowiedź: tekst po 5.7.0 lub 4.7.0 i nazwę serwera, który ją wysłał.',
      'W śledzeniu wiadomości ustal, kto odpowiedział — Microsoft 365 czy serwer zdalny: `Get-MessageTraceV2`, a potem `Get-MessageTraceDetailV2`, żeby zobaczyć zdarzenia jednej wiadomości.',
      'Jeśli tekst dotyczy TLS, skonfiguruj serwer lub aplikację nadawcy tak, by używały STARTTLS z TLS 1.2 lub nowszym.',
      'Jeśli mowa o reputacji lub liście zablokowanych adresów, sprawdź adres IP nadawcy na wskazanej liście i przejdź jej procedurę usuwania; w pozostałych przypadkach przekaż numer referencyjny z odpowiedzi administratorowi odbiorcy.',
    ],
    classNotes: {
      '2': 'Jako kod powodzenia oznacza, że etap zabezpieczeń się udał, najczęściej `235 2.7.0 Authentication successful` po poleceniu AUTH: nie ma czego naprawiać.',
      '4': 'Błąd tymczasowy: serwer nadawcy ponawia próby, a wiadomość może przejść, gdy przyczyna (awaria TLS, limit, wstrzymanie z powodu reputacji) zniknie przed końcem okresu ponawiania.',
      '5': 'Błąd trwały: nic nie jest ponawiane, a ta sama wiadomość zostanie znów odrzucona, dopóki nadawca albo administrator odbiorcy czegoś nie zmieni.',
    },
  },
  'X.7.1': {
    title: 'Brak uprawnień do wysłania lub przekazania',
    meaning:
      'System odbiorcy odrzucił wiadomość, bo ten nadawca nie ma prawa tam wysyłać. Exchange Online używa kodu 5.7.1 w trzech różnych sytuacjach, które rozróżnia tekst po kodzie: `Delivery not authorized` (odbiorca z ograniczeniami albo reguła przepływu poczty), `Unable to relay` (odbiorca nie przyjmuje od tego nadawcy poczty dla danej domeny) i `Client was not authenticated` (odbiorca wymaga zalogowanego nadawcy).',
    causes: [
      'Odbiorcą jest grupa lub skrzynka z ograniczeniami, która przyjmuje pocztę tylko od członków, od wskazanych nadawców albo od nadawców z tej samej organizacji; raport o niedostarczeniu (NDR) zwykle podaje nazwę grupy.',
      'Wiadomość odrzuciła reguła przepływu poczty (reguła transportu); jej własne wyjaśnienie może zastąpić standardowy tekst.',
      '`Unable to relay`: urządzenie, aplikacja lub serwer lokalny wysyła przez Microsoft 365 na adresy zewnętrzne, ale nie pasuje adresem IP ani certyfikatem do żadnego łącznika przychodzącego; albo rekord MX domeny wskazuje system, w którym ta domena nie jest zaakceptowana.',
      '`Client was not authenticated`: odbiorca przyjmuje tylko uwierzytelnionych nadawców, np. folder publiczny obsługujący pocztę, zamknięty dla nadawców zewnętrznych, albo lokalny łącznik odbierający bez dostępu anonimowego.',
    ],
    steps: [
      'Przeczytaj słowa po 5.7.1 w raporcie NDR lub w śledzeniu wiadomości: to one rozstrzygają, który z trzech przypadków zachodzi, i często podają nazwę grupy albo reguły.',
      '`Delivery not authorized`: `Get-MessageTraceDetailV2` pokaże regułę przepływu poczty, która zadziałała na wiadomość; w przypadku grupy sprawdź zarządzanie dostarczaniem (delivery management) w Centrum administracyjnym programu Exchange (EAC) albo poproś właściciela grupy o dopuszczenie nadawcy.',
      '`Unable to relay`: sprawdź poleceniem `Get-AcceptedDomain`, czy domena odbiorcy jest zaakceptowana tam, dokąd wskazuje jej rekord MX, a poleceniem `Get-InboundConnector`, czy urządzenie przekazujące pocztę pasuje do łącznika publicznym adresem IP lub certyfikatem.',
      '`Client was not authenticated`: skonfiguruj uwierzytelnianie w systemie nadawcy albo, jeśli odbiorca ma przyjmować pocztę z zewnątrz, poproś jego administratora o dopuszczenie nadawców anonimowych.',
      'Jeśli tekst mówi, że host nadawcy jest zablokowany przez listę zablokowanych adresów, jego adres IP na niej figuruje: poproś operatora tej listy o usunięcie adresu.',
    ],
    classNotes: {
      '4': 'Tymczasowy kod 4.7.1 pochodzi zwykle z szarych list (greylisting) albo z limitów na serwerze spoza Microsoft 365: serwer nadawcy ponawia próby i któraś z kolejnych często się udaje.',
      '5': 'Postać trwała, której Exchange Online używa we wszystkich trzech przypadkach: nic nie jest ponawiane, dopóki ktoś nie zmieni ustawienia, reguły lub łącznika.',
    },
  },
  'X.7.2': {
    title: 'Brak prawa do wysyłania na listę dyskusyjną',
    meaning:
      'System odbiorcy nie rozesłał wiadomości do członków listy dyskusyjnej, bo ten nadawca nie może na nią pisać. Exchange Online zgłasza taką sytuację we własnych grupach kodem 5.7.1 lub 5.7.124, więc 5.7.2 pochodzi zwykle z zewnętrznego serwera list.',
    causes: [
      'Lista przyjmuje wiadomości tylko od członków lub od wskazanych nadawców, a ten adres do nich nie należy.',
      'Wiadomość wyszła z innego adresu (aliasu, skrzynki udostępnionej, usługi przekazywania) niż ten, który zapisano na listę.',
    ],
    steps: [
      'Sprawdź, z jakim adresem From i jakim adresem nadawcy w kopercie wiadomość opuściła organizację: pokazuje je `Get-MessageTraceV2`.',
      'Poproś właściciela listy o dopuszczenie nadawcy albo wyślij wiadomość z adresu zapisanego na listę.',
    ],
  },
  'X.7.3': {
    title: 'Wymagany STARTTLS, którego serwer nie oferuje',
    meaning:
      'Rejestr opisuje nieudaną konwersję między formatami bezpiecznych wiadomości, której w praktyce się nie spotyka. W Exchange Online kod pojawia się jako `451 5.7.3 STARTTLS is required to send mail`: łącznik wymaga TLS, serwer odbiorcy nie zaoferował STARTTLS, więc Microsoft 365 trzyma wiadomość w kolejce i podaje ten tekst wewnątrz błędu 4.4.317. Punkt końcowy przesyłania poczty `smtp.office365.com` odpowiada też `535 5.7.3 Authentication unsuccessful`, gdy urządzenie lub aplikacja nie zdoła się zalogować.',
    causes: [
      'Serwer odbiorcy nie ma przypisanego do SMTP certyfikatu, którego mógłby użyć, więc pomija STARTTLS w odpowiedzi na `EHLO`; w Exchange Server zwykle chodzi o błędną wartość `TlsCertificateName` na łączniku odbierającym Default Frontend.',
      'Na serwerze odbiorcy nigdy nie włączono TLS (częste w małych instalacjach Postfix lub exim).',
      'Zapora sieciowa, która analizuje ruch SMTP, ukrywa STARTTLS w odpowiedzi serwera.',
      'W przypadku `535 5.7.3 Authentication unsuccessful`: błędne hasło, SMTP AUTH wyłączone dla skrzynki lub całej organizacji albo zablokowane uwierzytelnianie podstawowe dla konta.',
    ],
    steps: [
      'Odszukaj ten tekst w części `Message` wiersza z kodem 4.4.317 i zanotuj serwer z pola `LastAttemptedServerName`.',
      'Z sieci, która może korzystać z portu 25, połącz się z tym serwerem, wyślij `EHLO` i sprawdź, czy odpowiedź zawiera STARTTLS; `openssl s_client -connect <host>:25 -starttls smtp` kończy się błędem, gdy go brakuje.',
      'Przypisz do SMTP na serwerze ważny certyfikat (w Exchange Server poszukaj zdarzenia 12014 i popraw `TlsCertificateName` łącznika Default Frontend, a potem uruchom ponownie usługę Frontend Transport) albo wyłącz inspekcję SMTP na zaporze sieciowej.',
      'Nie zdejmuj wymogu TLS z łącznika; obniż go tylko wtedy, gdy godzisz się na nieszyfrowaną pocztę do tego serwera, a na łączniku partnera nigdy bez jego zgody.',
      'W przypadku `535 5.7.3 Authentication unsuccessful` sprawdź dane logowania, których używa urządzenie, oraz ustawienia skrzynki: `Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled`.',
    ],
    classNotes: {
      '4': 'Stan tymczasowy widać jako 4.4.317 z tekstem 5.7.3 w środku; Microsoft 365 ponawia próby przez cały okres ponawiania (domyślnie 24 godziny).',
      '5': 'W `451 5.7.3` kod podstawowy 451 jest tymczasowy, więc Microsoft 365 nadal ponawia próby; po upływie okresu ponawiania raport NDR zawiera `550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)`. `535 5.7.3 Authentication unsuccessful` od razu kończy sesję: aplikacja musi zalogować się ponownie z działającymi ustawieniami.',
    },
  },
  'X.7.4': {
    title: 'Nieobsługiwana funkcja zabezpieczeń',
    meaning:
      'Wiadomość wymagała funkcji zabezpieczeń, np. bezpiecznego uwierzytelniania, której trasa doręczenia nie zapewnia, więc została zwrócona. Exchange Online nie używa tego kodu we własnych raportach NDR; spotkasz go tylko w starszych lub wyspecjalizowanych systemach.',
    causes: [
      'Klient lub serwer nadawcy zażądał rozszerzenia zabezpieczeń, którego następny serwer nie obsługuje.',
      'Brama pośrednicząca między oboma systemami nie obsługuje tej funkcji.',
    ],
    steps: [
      'Ustal, który serwer udzielił odpowiedzi i na jakie polecenie (widać to w dzienniku SMTP nadawcy).',
      'Wyślij wiadomość bez tej opcji zabezpieczeń albo skieruj ją przez serwer, który ją obsługuje.',
    ],
  },
  'X.7.5': {
    title: 'Certyfikat niezgodny z zasadami MTA-STS odbiorcy',
    meaning:
      'Exchange Online dotarł do hosta MX domeny odbiorcy, ale certyfikat tego hosta nie spełnił zasad MTA-STS domeny, działających w trybie wymuszania (enforce), więc Microsoft 365 nie przekazał wiadomości. Odpowiedź brzmi `Remote certificate failed MTA-STS validation. Reason: <validityStatus>`; problem leży po stronie domeny odbiorcy, a nie Twojego łącznika. Szersze znaczenie z rejestru, czyli brak lub nieważność klucza potrzebnego do sprawdzenia albo odszyfrowania wiadomości, spotyka się rzadko.',
    causes: [
      'Certyfikat hosta MX nie prowadzi do zaufanego głównego urzędu certyfikacji albo serwer nie wysyła certyfikatów pośrednich.',
      'Nazwy w certyfikacie (CN lub SAN) nie obejmują nazwy hosta MX wymienionej w zasadach.',
      'Certyfikat wygasł.',
      'Gdy same zasady nie wymieniają już rzeczywistych hostów MX domeny, pojawia się zamiast tego kod 4.4.8.',
    ],
    steps: [
      'Przeczytaj pole `Reason` w odpowiedzi: wskazuje, która kontrola zawiodła.',
      'Obejrzyj certyfikat hosta MX: `openssl s_client -connect <mx-host>:25 -starttls smtp -servername <mx-host>` pokazuje jego nazwy, daty ważności i łańcuch.',
      'Odczytaj zasady domeny: `Resolve-DnsName -Type TXT _mta-sts.<domain>` oraz plik pod adresem `https://mta-sts.<domain>/.well-known/mta-sts.txt`.',
      'Przekaż ustalenia administratorowi domeny odbiorcy: to on musi odnowić lub poprawić certyfikat albo zmienić zasady.',
    ],
    classNotes: {
      '4': 'Błąd tymczasowy: Microsoft 365 trzyma wiadomość w kolejce i ponawia próby do końca okresu ponawiania.',
      '5': 'Błąd trwały: doręczanie przerwano, a nadawca dostaje raport NDR; wyślij wiadomość ponownie, gdy domena odbiorcy naprawi certyfikat.',
    },
  },
  'X.7.6': {
    title: 'Nieobsługiwany algorytm kryptograficzny',
    meaning:
      'System, który miał sprawdzić lub odszyfrować wiadomość, nie mógł tego zrobić, bo nie obsługuje użytego algorytmu. Dotyczy to zabezpieczeń samej wiadomości (podpisu lub zaszyfrowania jej treści) i nie pojawia się we własnych raportach NDR Exchange Online.',
    causes: [
      'Wiadomość podpisano lub zaszyfrowano algorytmem, którego brama odbiorcy nie obsługuje.',
      'Stara brama zabezpieczeń na trasie nie została zaktualizowana.',
    ],
    steps: [
      'Zapytaj administratora odbiorcy, jakie algorytmy obsługuje jego brama.',
      'Wyślij wiadomość ponownie z powszechnie obsługiwanym algorytmem albo bez szyfrowania treści, jeśli pozwalają na to Twoje zasady.',
    ],
  },
  'X.7.7': {
    title: 'Wiadomość zmieniona lub uszkodzona po drodze',
    meaning:
      'System sprawdzający wiadomość wykrył, że w drodze ją zmieniono lub uszkodzono, więc kontrola się nie powiodła. Exchange Online nie używa tego kodu we własnych raportach NDR; pochodzi on z bram, które weryfikują podpisane wiadomości.',
    causes: [
      'Serwer lub brama między nadawcą a odbiorcą zmieniła wiadomość po jej podpisaniu: dodała stopkę lub zastrzeżenie albo przepisała linki.',
      'Urządzenie na trasie zmieniło znaki końca wiersza albo kodowanie.',
    ],
    steps: [
      'Ustal, na którym etapie trasy zmieniono wiadomość: porównaj nagłówki i treść kopii, która dotarła, z wiadomością wysłaną.',
      'Dodawaj zastrzeżenia i stopki przed podpisaniem wiadomości albo wyłącz przepisywanie wiadomości w urządzeniu po drodze.',
    ],
  },
  'X.7.8': {
    title: 'Nieudane logowanie do serwera SMTP',
    meaning:
      'Serwer odrzucił nazwę użytkownika i hasło (albo token), które klient podał w poleceniu AUTH. Własny punkt końcowy Exchange Online, `smtp.office365.com`, zgłasza takie błędy jako `535 5.7.3 Authentication unsuccessful` albo kodem 5.7.139, więc 5.7.8 pochodzi zwykle od innego dostawcy lub innego serwera poczty.',
    causes: [
      'Błędne lub wygasłe hasło albo nazwa użytkownika inna niż pełny adres, którego oczekuje serwer.',
      'Konto wymaga hasła aplikacji lub OAuth, a zwykłe hasło jest odrzucane.',
      'Konto jest zablokowane albo logowanie blokują zasady zabezpieczeń dostawcy.',
    ],
    steps: [
      'Sprawdź nazwę użytkownika i hasło w urządzeniu lub aplikacji i zaloguj się na to samo konto w przeglądarce, żeby zobaczyć, czy w ogóle działa.',
      'Jeśli dostawca wymaga OAuth lub hasła aplikacji, odpowiednio zmień ustawienia aplikacji.',
      'Znajdź nieudaną próbę w dzienniku logowań dostawcy i sprawdź podany tam powód.',
    ],
  },
  'X.7.9': {
    title: 'Zbyt słaba metoda uwierzytelniania',
    meaning:
      'Serwer odrzucił metodę AUTH wybraną przez klienta, bo jego zasady wymagają dla tego konta silniejszej. Niektórzy dostawcy używają tego kodu, żeby zażądać hasła aplikacji lub OAuth zamiast zwykłego hasła; Exchange Online nie stosuje go w raportach NDR.',
    causes: [
      'Klient używa prostej metody (PLAIN lub LOGIN), a konto wymaga silniejszej, np. OAuth.',
      'Zasady serwera się zmieniły, a starszych klientów nie zaktualizowano.',
    ],
    steps: [
      'Przełącz klienta na metodę, którą serwer wymienia w wierszu AUTH odpowiedzi na `EHLO`, najlepiej na OAuth.',
      'Zaktualizuj lub wymień urządzenia, które nie potrafią użyć silniejszej metody.',
    ],
  },
  'X.7.10': {
    title: 'Przed logowaniem wymagane szyfrowanie',
    meaning:
      'Serwer nie przyjmie żądanego uwierzytelniania w nieszyfrowanej sesji. Klient musi najpierw włączyć TLS poleceniem `STARTTLS` albo wybrać silniejszą metodę.',
    causes: [
      'Klient próbuje się zalogować przed `STARTTLS`, bo ma wyłączony TLS.',
      'Urządzenie obsługuje tylko stare wersje TLS, więc nigdy nie uzyskuje szyfrowanej sesji.',
    ],
    steps: [
      'Włącz w kliencie STARTTLS (ta opcja często nazywa się TLS lub jawny TLS) i użyj portu 587.',
      'Jeśli urządzenie nie obsługuje TLS 1.2, zaktualizuj jego oprogramowanie układowe albo wysyłaj przez serwer pośredniczący, który to potrafi: Exchange Online odrzuca TLS 1.0 i 1.1 kodem 4.7.66.',
    ],
  },
  'X.7.11': {
    title: 'Ta metoda logowania wymaga szyfrowania',
    meaning:
      'Serwer odrzucił wybraną metodę AUTH, bo wolno jej używać tylko w szyfrowanym połączeniu. Rejestr zachowuje ten kod ze względów historycznych: obecne serwery nie oferują takich metod przed włączeniem TLS, więc rzadko się go spotyka.',
    causes: [
      'Stary klient wybrał tę metodę w nieszyfrowanej sesji.',
      'Serwer nadal ogłasza metody, których bez TLS nie przyjmie.',
    ],
    steps: [
      'Skonfiguruj klienta tak, by przed uwierzytelnieniem włączał TLS poleceniem `STARTTLS`.',
      'Zaktualizuj klienta albo ustaw serwer tak, by oferował takie metody dopiero w zaszyfrowanej sesji.',
    ],
  },
  'X.7.12': {
    title: 'Odbiorca przyjmuje pocztę tylko z własnej organizacji',
    meaning:
      'W Exchange Online komunikat `Sender was not authenticated by organization` oznacza, że odbiorca przyjmuje pocztę tylko od uwierzytelnionych nadawców z własnej organizacji, więc wiadomość z zewnątrz zostaje odrzucona. Zmienić to można wyłącznie po stronie odbiorcy. Znaczenie z rejestru, czyli wymagana przy AUTH zmiana mechanizmu hasła, praktycznie się nie zdarza.',
    causes: [
      'Odbiorcą jest grupa, skrzynka udostępniona lub inna skrzynka, której ustawienia dostarczania dopuszczają tylko nadawców z organizacji.',
      'Poczta z Twojej aplikacji lub serwera lokalnego dotarła do Microsoft 365 jako anonimowa, bo żaden łącznik przychodzący nie oznacza jej jako pochodzącej z Twojej organizacji.',
    ],
    steps: [
      'Jeśli jesteś nadawcą, przekaż raport NDR odbiorcy lub jego administratorowi: po Twojej stronie nie da się tego naprawić.',
      'Jako administrator odbiorcy otwórz tego odbiorcę w Centrum administracyjnym programu Exchange (EAC) i dopuść nadawców spoza organizacji (w grupie: zarządzanie dostarczaniem, w skrzynce: ograniczenia dostarczania wiadomości) albo dopuść tylko tego nadawcę, dodając go jako kontakt pocztowy do listy dozwolonych nadawców.',
      'W programie PowerShell: `Set-DistributionGroup -Identity <group> -RequireSenderAuthenticationEnabled $false`, a dla skrzynki ten sam parametr polecenia `Set-Mailbox`.',
      'Jeśli nadawcą jest Twoja aplikacja lub serwer, skonfiguruj w nim uwierzytelnianie albo kieruj jego pocztę przez łącznik przychodzący, żeby była traktowana jako wewnętrzna.',
    ],
  },
  'X.7.13': {
    title: 'Odbiorca przyjmuje tylko uwierzytelnionych nadawców',
    meaning:
      'Exchange Online używa kodu 5.7.13, podobnie jak 5.7.135, gdy odbiorca — zwykle folder publiczny obsługujący pocztę — przyjmuje wiadomości tylko od uwierzytelnionych nadawców, więc poczta z zewnątrz zostaje odrzucona; tekst brzmi `Sender was not authenticated for public folder`. Znaczenie z rejestru, czyli wyłączone konto użytkownika wykryte po udanym zalogowaniu, pochodzi od innych serwerów przy poleceniu AUTH.',
    causes: [
      'Folder publiczny lub inny odbiorca wymaga uwierzytelnienia wszystkich nadawców.',
      'Odbiorca przyjmuje tylko nadawców ze swojej listy, a tego nadawcy na niej nie ma.',
      'Od innego serwera przy AUTH: konto, na które się zalogowano, zostało wyłączone (brak płatności, nadużycia, blokada po próbie włamania).',
    ],
    steps: [
      'Jako nadawca przekaż raport NDR administratorowi odbiorcy: tylko on może zmienić to ustawienie.',
      'Jako administrator odbiorcy otwórz w Centrum administracyjnym programu Exchange (EAC) sekcję Foldery publiczne, zmień ustawienia przepływu poczty folderu i dopuść wszystkich nadawców albo dodaj tego nadawcę jako kontakt pocztowy do listy folderu.',
      'Albo w programie PowerShell: `Set-MailPublicFolder -Identity <folder> -RequireSenderAuthenticationEnabled $false`.',
      'W znaczeniu związanym z AUTH poproś administratora dostawcy o ponowne włączenie konta; nowe hasło nic nie da.',
    ],
  },
  'X.7.14': {
    title: 'Wymagana relacja zaufania z innym serwerem',
    meaning:
      'Serwer przesyłania poczty musiałby pobrać treść wiadomości z innego serwera (przesyłanie przez odwołanie, BURL), a nie ma z nim skonfigurowanej relacji zaufania. Z Exchange Online praktycznie się to nie zdarza.',
    causes: [
      'Klient używa rozszerzenia, które każe serwerowi przesyłania pobrać treść z innego serwera, a tych dwóch serwerów nigdy nie skonfigurowano tak, by sobie ufały.',
      'Serwer przechowujący treść, zwykle serwer IMAP, odmówił dostępu serwerowi przesyłania.',
    ],
    steps: [
      'Wyłącz w kliencie przesyłanie przez odwołanie, żeby wysyłał całą wiadomość.',
      'W przeciwnym razie administratorzy obu serwerów muszą skonfigurować zaufanie między nimi.',
    ],
  },
  'X.7.15': {
    title: 'Za niski priorytet wiadomości',
    meaning:
      'Serwer odbiorcy przyjmuje na razie tylko wiadomości o wyższym priorytecie (rozszerzenie priorytetów SMTP, `MT-PRIORITY`) i odrzucił tę. Exchange Online nie korzysta z tego rozszerzenia; kod pochodzi z wyspecjalizowanych systemów.',
    causes: [
      'Serwer działa w trybie ograniczonym i wpuszcza tylko pocztę o wysokim priorytecie, np. w sytuacji kryzysowej albo przy przeciążeniu.',
      'Nadawca ustawił priorytet niższy niż minimum serwera.',
    ],
    steps: [
      'Wyślij wiadomość później albo z wyższym priorytetem, jeśli masz do niego prawo.',
      'Zapytaj administratora systemu odbiorcy, jakie priorytety przyjmuje.',
    ],
    classNotes: {
      '4': 'Błąd tymczasowy: serwer może później znów przyjmować niższe priorytety, a nadawca ponawia próby.',
      '5': 'Błąd trwały: ten serwer nie przyjmie takiego priorytetu; zmień go albo użyj innej trasy.',
    },
  },
  'X.7.16': {
    title: 'Wiadomość za duża jak na swój priorytet',
    meaning:
      'Serwer przyjmuje wiadomości o tym priorytecie tylko do określonego rozmiaru, a ta jest większa. Kod należy do rozszerzenia priorytetów (`MT-PRIORITY`), z którego Exchange Online nie korzysta.',
    causes: [
      'Serwer działa w trybie, w którym przechodzą tylko małe wiadomości o wysokim priorytecie.',
      'Duże załączniki w wiadomości wysłanej z wysokim priorytetem.',
    ],
    steps: [
      'Wyślij mniejszą wiadomość (zamiast załącznika udostępnij link) albo wyślij ją z normalnym priorytetem.',
      'Zapytaj administratora systemu odbiorcy o limity rozmiaru dla poszczególnych priorytetów.',
    ],
  },
  'X.7.17': {
    title: 'Skrzynka ma nowego właściciela',
    meaning:
      'Wiadomość prosiła odbiorcę o potwierdzenie, że skrzynka należy do tej samej osoby od podanej daty (rozszerzenie `RRVS` albo pole nagłówka `Require-Recipient-Valid-Since`), a odbiorca wie, że tak nie jest. Wiadomość zostaje odrzucona, żeby nie trafiła do nowego właściciela ponownie przydzielonego adresu; Exchange Online nie stosuje tej kontroli.',
    causes: [
      'Adres zamknięto, a później przydzielono komuś innemu.',
      'System nadawcy pyta ze starą datą, np. ze starej listy subskrybentów.',
    ],
    steps: [
      'Przed ponownym wysłaniem potwierdź aktualny adres odbiorcy innym kanałem.',
      'Zaktualizuj adres i jego datę w systemie wysyłającym (na liście mailingowej, w CRM).',
    ],
  },
  'X.7.18': {
    title: 'Domena odbiorcy ma nowego właściciela',
    meaning:
      'Podobnie jak przy 5.7.17, ale odbiorca zgłasza, że cała domena odbiorcy zmieniła właściciela po dacie podanej w kontroli. Wiadomość zostaje odrzucona, żeby nie trafiła do nowego właściciela domeny.',
    causes: [
      'Organizacja odbiorcy nie przedłużyła domeny i zarejestrował ją ktoś inny.',
      'Domenę sprzedano lub przekazano innej organizacji.',
    ],
    steps: [
      'Przestań wysyłać do tej domeny i potwierdź nowy adres odbiorcy innym kanałem.',
      'Usuń lub zaktualizuj adresy w tej domenie w systemie wysyłającym.',
    ],
  },
  'X.7.19': {
    title: 'Nie można sprawdzić historii adresu',
    meaning:
      'Wiadomość zawierała kontrolę historii adresu (`RRVS`), ale odbiorca nie ma zapisu, kiedy skrzynkę utworzono lub kiedy zmieniła właściciela, więc nie może odpowiedzieć. Nadawca decyduje, czy wysłać wiadomość ponownie bez tej kontroli.',
    causes: [
      'System odbiorcy nie przechowuje daty potrzebnej do kontroli.',
      'Skrzynka jest starsza niż zapisy prowadzone przez system odbiorcy.',
    ],
    steps: [
      'Zdecyduj, czy wiadomość może pójść bez kontroli; jeśli tak, wyślij ją ponownie bez tej opcji.',
      'W przypadku poufnej poczty najpierw potwierdź odbiorcę innym kanałem.',
    ],
  },
  'X.7.20': {
    title: 'Brak prawidłowego podpisu DKIM',
    meaning:
      'Odbiorca wymaga podpisu DKIM, który przejdzie weryfikację, a wiadomość takiego nie miała. Tego kodu używają odbiorcy o surowych zasadach; wielu innych odpowiada w tej samej sytuacji kodem 5.7.26 lub 5.7.1.',
    causes: [
      'Podpisywanie DKIM nie jest włączone dla Twojej domeny w Microsoft 365 albo brakuje jej dwóch rekordów CNAME (`selector1._domainkey`, `selector2._domainkey`).',
      'Serwer lub brama za Microsoft 365 zmieniła wiadomość (stopka, przepisane linki) i unieważniła podpis.',
      'Usługa innej firmy wysyła w imieniu Twojej domeny, choć nie skonfigurowano w niej DKIM dla tej domeny.',
    ],
    steps: [
      'Sprawdź nagłówek `Authentication-Results` wiadomości wysłanej do skrzynki testowej: zawiera `dkim=pass` albo powód niepowodzenia.',
      'Włącz DKIM dla domeny: jeśli `Get-DkimSigningConfig` jej nie pokazuje, utwórz konfigurację poleceniem `New-DkimSigningConfig -DomainName <domain> -Enabled $false`, opublikuj oba rekordy CNAME u dostawcy hostingu DNS, a potem uruchom `Set-DkimSigningConfig -Identity <domain> -Enabled $true`.',
      'Skonfiguruj DKIM z Twoją domeną w każdej innej usłudze, która wysyła w jej imieniu.',
    ],
  },
  'X.7.21': {
    title: 'Brak akceptowalnego podpisu DKIM',
    meaning:
      'Wiadomość miała podpis DKIM, który przeszedł weryfikację, ale żaden podpis nie spełniał zasad odbiorcy, np. ze względu na domenę podpisującą, długość klucza albo algorytm.',
    causes: [
      'Podpis używa klucza, który odbiorca uważa za zbyt krótki, albo domeny podpisującej, której odbiorca nie akceptuje.',
      'Podpis używa algorytmu odrzucanego przez odbiorcę, np. przestarzałego `rsa-sha1`.',
    ],
    steps: [
      'Przeczytaj odpowiedź odbiorcy i nagłówek `Authentication-Results`, żeby poznać podany powód.',
      'Podpisuj własną domeną i kluczem 2048-bitowym; w Microsoft 365 polecenie `Rotate-DkimSigningConfig -Identity <domain> -KeySize 2048` przenosi domenę na dłuższy klucz.',
    ],
  },
  'X.7.22': {
    title: 'Brak podpisu DKIM dla domeny z pola From',
    meaning:
      'Wiadomość miała prawidłowy podpis DKIM, ale nie dla domeny z adresu From, czego wymaga odbiorca. To węższy przypadek kodu 5.7.21.',
    causes: [
      'DKIM nie jest włączony dla Twojej domeny, więc Microsoft 365 podpisuje wiadomości domeną `onmicrosoft.com` dzierżawy, która nie pasuje do adresu From.',
      'Usługa innej firmy wysyła w imieniu Twojej domeny, ale podpisuje wiadomości własną domeną.',
    ],
    steps: [
      'Włącz DKIM dla każdej domeny niestandardowej, z której wysyłasz: `Get-DkimSigningConfig` wyświetla domeny i pokazuje, w których jest włączony.',
      'W innych usługach, które wysyłają jako Twoja domena, ustaw podpisywanie tą domeną, zwykle przez opublikowanie podanych przez nie rekordów CNAME lub TXT.',
    ],
  },
  'X.7.23': {
    title: 'Odrzucono z powodu niepowodzenia SPF',
    meaning:
      'System odbiorcy sprawdził SPF domeny nadawcy i otrzymał wynik fail: adres IP, z którego dostarczono wiadomość, nie jest dozwolony w rekordzie SPF domeny, więc wiadomość odrzucono. W raporcie NDR z Exchange Online tekst brzmi `The message was rejected because of Sender Policy Framework violation`; odbiorca jest zwykle spoza Microsoft 365.',
    causes: [
      'Rekord SPF Twojej domeny nie obejmuje Microsoft 365 (`include:spf.protection.outlook.com`) albo innego systemu, który wysyła w jej imieniu, np. serwera lokalnego lub usługi wysyłki masowej.',
      'Przez Microsoft 365 przekazywana jest poczta z domeny, której nie dodano i nie zweryfikowano w Twojej dzierżawie, a rekord SPF tej domeny nie wymienia Microsoft 365.',
      'Microsoft 365 uznał wiadomość wychodzącą za spam i wysłał ją przez pulę dostarczania wysokiego ryzyka, której adresy nie przechodzą SPF.',
      'Wiadomość przekazał dalej serwer, którego nie ma w rekordzie SPF domeny.',
    ],
    steps: [
      'Odczytaj rekord SPF domeny poleceniem `Resolve-DnsName -Type TXT <domain>` lub `nslookup -type=txt <domain>`: musi istnieć dokładnie jeden rekord zaczynający się od `v=spf1`.',
      'Dodaj u dostawcy hostingu DNS każdy system, który wysyła w imieniu domeny: Microsoft 365 przez `include:spf.protection.outlook.com`, a serwery lokalne przez ich publiczne adresy IP.',
      'Sprawdź poleceniem `Get-AcceptedDomain`, czy domena nadawcy jest zaakceptowaną domeną Twojej dzierżawy.',
      'Jeśli wiadomość uznano za spam wychodzący, sprawdź, czy konto nadawcy nie zostało przejęte, i przejrzyj alerty dotyczące spamu wychodzącego w portalu Microsoft Defender.',
    ],
  },
  'X.7.24': {
    title: 'Nie udało się dokończyć kontroli SPF',
    meaning:
      'Odbiorca próbował sprawdzić SPF domeny nadawcy, ale kontrola zakończyła się błędem, a nie wynikiem pass lub fail: rekordu nie dało się odczytać albo ocenić.',
    causes: [
      'Rekord wymaga więcej niż 10 zapytań DNS (za dużo wpisów `include:`), co jest błędem trwałym.',
      'Domena ma dwa rekordy SPF albo jeden z błędem składni.',
      'Serwery nazw domeny nie odpowiedziały na czas, co jest błędem tymczasowym.',
    ],
    steps: [
      'Odczytaj rekord poleceniem `Resolve-DnsName -Type TXT <domain>` i policz elementy, które wymagają zapytania (`include:`, `a`, `mx`, `redirect=`), łącznie z rekordami zagnieżdżonymi.',
      'Połącz kilka rekordów w jeden i usuń wpisy usług, z których już nie korzystasz.',
      'Jeśli zapytania przekraczają limit czasu, poproś dostawcę hostingu DNS o sprawdzenie serwerów nazw domeny.',
    ],
    classNotes: {
      '4': 'Błąd tymczasowy (temperror SPF, zwykle przekroczony limit czasu DNS): nadawca ponawia próby, a kontrola często przechodzi, gdy DNS znów odpowiada.',
      '5': 'Błąd trwały (permerror SPF, uszkodzony rekord): każda wiadomość zostanie odrzucona, dopóki rekord nie zostanie poprawiony.',
    },
  },
  'X.7.25': {
    title: 'Nadawca IPv6 bez odwrotnego DNS',
    meaning:
      'Serwer nadawcy połączył się przez IPv6, a jego adres IPv6 nie ma rekordu odwrotnego DNS (PTR), więc odbiorca go odrzucił. Microsoft 365 wymaga takiego rekordu dla anonimowej poczty przez IPv6 i w odpowiedzi podaje, że adres `must have a reverse DNS record`.',
    causes: [
      'Dla adresu IPv6 serwera nigdy nie utworzono rekordu PTR; wielu dostawców nie tworzy go domyślnie.',
      'Serwer zaczął wysyłać przez IPv6 po włączeniu IPv6 w jego sieci i nikt nie skonfigurował dla niego odwrotnego DNS.',
      'Inni odbiorcy odrzucają pocztę także wtedy, gdy nazwa z rekordu PTR nie wskazuje z powrotem tego samego adresu.',
    ],
    steps: [
      'Weź adres IPv6 nadawcy z odpowiedzi i sprawdź go: `Resolve-DnsName -Type PTR <IPv6 address>` lub `nslookup <IPv6 address>`.',
      'Poproś tego, kto zarządza strefą odwrotną dla tego adresu (zwykle dostawcę internetu lub hostingu, a nie dostawcę hostingu DNS Twojej domeny), o utworzenie rekordu PTR z nazwą serwera, a dla tej nazwy dodaj rekord AAAA z tym samym adresem.',
      'Do tego czasu skonfiguruj serwer tak, by do tego miejsca docelowego wysyłał przez IPv4.',
    ],
    classNotes: {
      '4': 'Microsoft 365 odpowiadał w tej sytuacji także kodem 450 4.7.25: serwer nadawcy ponawia próby, ale każda kończy się niepowodzeniem, dopóki nie powstanie rekord PTR.',
      '5': 'Postać trwała: nadawca od razu dostaje raport NDR i po poprawce musi wysłać wiadomość ponownie.',
    },
  },
  'X.7.26': {
    title: 'Kilka kontroli uwierzytelniania zakończyło się niepowodzeniem',
    meaning:
      'Wiadomość nie przeszła więcej niż jednej kontroli uwierzytelniania u odbiorcy. Microsoft 365 używa kodu 4.7.26 dla poczty, która przychodzi przez IPv6 i nie przechodzi ani SPF, ani DKIM (w tekście pojawia się `must pass either SPF or DKIM validation`); Gmail i inni odpowiadają kodem 5.7.26, gdy zawodzą jednocześnie SPF i DKIM albo gdy wiadomość odrzucają zasady DMARC domeny.',
    causes: [
      'Adresu IPv6 serwera nadawcy nie ma w rekordzie SPF domeny; wiele rekordów wymienia tylko adresy IPv4.',
      'Wiadomość nie ma podpisu DKIM albo podpis uszkodził się po drodze.',
      'Domena z pola From ma zasady DMARC z wartością reject lub quarantine, a dla tej domeny nie przechodzi ani SPF, ani DKIM.',
    ],
    steps: [
      'Przeczytaj odpowiedź: podaje adres nadawcy i kontrole, które zawiodły.',
      'Dodaj adres lub zakres IPv6 serwera do rekordu SPF przez `ip6:` i upewnij się, że SPF obejmuje każdy system wysyłający w imieniu domeny.',
      'Włącz podpisywanie DKIM dla domeny w każdym systemie, który wysyła w jej imieniu; w Microsoft 365: `Set-DkimSigningConfig -Identity <domain> -Enabled $true`.',
      'Przed ponownym wysłaniem sprawdź nagłówek `Authentication-Results` wiadomości testowej.',
    ],
    classNotes: {
      '4': 'Postać stosowana przez Microsoft 365 (450 4.7.26): serwer nadawcy ponawia próby, ale każda się nie udaje, dopóki nie przejdzie SPF lub DKIM, a na końcu nadawca dostaje raport NDR od własnego serwera.',
      '5': 'Postać trwała, częsta w Gmailu: wiadomość zostaje od razu odrzucona; popraw SPF, DKIM lub zgodność domen wymaganą przez DMARC i wyślij ją ponownie.',
    },
  },
  'X.7.27': {
    title: 'Domena nadawcy nie odbiera poczty (null MX)',
    meaning:
      'Domena nadawcy publikuje rekord null MX (jeden rekord MX wskazujący `.`), który oznacza, że domena nigdy nie przyjmuje poczty. Odbiorca odrzucił wiadomość, bo do takiej domeny nie mógłby odesłać odpowiedzi ani raportu o niedostarczeniu.',
    causes: [
      'Aplikacja wysyła z domeny lub poddomeny typu no-reply, która ma null MX.',
      'Null MX opublikowano przez pomyłkę w domenie, która wysyła pocztę, np. podczas migracji.',
    ],
    steps: [
      'Sprawdź domenę nadawcy poleceniem `Resolve-DnsName -Type MX <domain>`: null MX widać jako jeden rekord o nazwie `.`.',
      'Wysyłaj z domeny, która może odbierać pocztę, albo zastąp null MX prawdziwymi rekordami MX.',
    ],
  },
  'X.7.28': {
    title: 'Wiadomość z zalewu poczty',
    meaning:
      'Odbiorca uznał, że wiadomość należy do zalewu podobnych, szkodliwych wiadomości, i ją odrzucił. Kod pochodzi z roboczej propozycji standardu (Internet-Draft) i rzadko się go spotyka.',
    causes: [
      'Aplikacja albo pętla poczty wysyła wiele niemal identycznych wiadomości do tego samego odbiorcy.',
      'Duża wysyłka masowa trafiła naraz do jednego dostawcy.',
    ],
    steps: [
      'Sprawdź w śledzeniu wiadomości, ile wiadomości trafiło do tego odbiorcy w krótkim czasie: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Zatrzymaj pętlę lub zadanie masowe, a duże wysyłki rozłóż w czasie.',
    ],
  },
  'X.7.29': {
    title: 'Kontrola ARC zakończyła się niepowodzeniem',
    meaning:
      'Odbiorca sprawdził łańcuch ARC wiadomości (pieczęcie, które dodają serwery przekazujące i usługi filtrujące, żeby zapisać wcześniejsze wyniki uwierzytelniania), uznał go za przerwany lub nieprawidłowy i odrzucił wiadomość. Jako kod odrzucenia pojawia się rzadko.',
    causes: [
      'Serwer przekazujący, lista dyskusyjna lub usługa filtrująca zmieniła wiadomość po jej opieczętowaniu albo opieczętowała ją błędnie.',
      'Pieczęć utworzono kluczem, którego odbiorca nie może znaleźć w DNS.',
    ],
    steps: [
      'Znajdź pośrednika, który dodał najnowszy nagłówek `ARC-Seal`: to jego administrator musi poprawić pieczętowanie ARC.',
      'Do tego czasu wysyłaj bezpośrednio do odbiorcy, z pominięciem serwera przekazującego.',
    ],
  },
  'X.7.30': {
    title: 'Następny serwer nie obsługuje REQUIRETLS',
    meaning:
      'Wiadomość wysłano z opcją `REQUIRETLS`, która wymaga zweryfikowanego TLS na każdym odcinku trasy, a żaden z serwerów, do których miała trafić dalej, tej opcji nie obsługuje, więc została zwrócona. Zdarza się to rzadko.',
    causes: [
      'Klient lub serwer nadawcy zażądał `REQUIRETLS`, a serwery odbiorcy tej opcji nie oferują.',
      'Serwer przekazujący na trasie jej nie obsługuje.',
    ],
    steps: [
      'Sprawdź, czy serwery odbiorcy wymieniają `REQUIRETLS` w odpowiedzi na `EHLO`.',
      'Wyślij wiadomość ponownie bez tej opcji, jeśli dla jej treści wystarcza zwykły TLS, albo uzgodnij z odbiorcą bezpieczną trasę.',
    ],
  },
} satisfies CodeTextsPart;
