"""Demo content of the home app in every content language: the start page, the accessibility statement (BITV 2.0)
and the German Sign Language page.

Kept apart from seed.py because it is long: one dictionary per language, keyed by the German segment.
"""

import json

from django.conf import settings

from . import seeding
from .models import HomePage, StandardPage
from .seed import HOME_GUIDE

# Accessibility statement ("Erklärung zur Barrierefreiheit") -------------------------------------------------------
STATEMENT = {
    "title": "Erklärung zur Barrierefreiheit",
    "intro": "Wie barrierefrei diese Website ist, was noch fehlt und wie Sie uns Barrieren melden.",
    "h_status": "Stand der Vereinbarkeit",
    "status": (
        "MigrAktiv Spandau! möchte seine Website nach dem Berliner Barrierefreie-IT-Gesetz (BIT-BGG) und der "
        "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich machen. Die Website ist "
        "teilweise mit diesen Anforderungen vereinbar."
    ),
    "h_gaps": "Was noch nicht barrierefrei ist",
    "gap_video": (
        "Das Video in Deutscher Gebärdensprache ist noch nicht aufgenommen. Bis dahin steht auf der Seite "
        "„Gebärdensprache“ ein Platzhalter mit dem vollständigen Text."
    ),
    "gap_pdf": (
        "Manche Dokumente von Partnerorganisationen sind PDF-Dateien ohne Struktur. Wir bitten die Organisationen "
        "um barrierefreie Fassungen und senden Ihnen den Inhalt auf Anfrage in anderer Form."
    ),
    "gap_languages": (
        "Noch nicht jede Seite ist in alle Sprachen übersetzt. Sie lesen dann das deutsche Original mit einem Hinweis."
    ),
    "h_check": "Wie wir geprüft haben",
    "check": (
        "Diese Erklärung wurde am 1. Dezember 2026 erstellt. Sie beruht auf einer Selbstbewertung: automatische "
        "Prüfungen jeder Seitenart mit axe-core und dem Nu HTML Checker sowie Tests mit Tastatur, Vergrößerung "
        "und Screenreader auf Smartphone und Computer."
    ),
    "h_feedback": "Barrieren melden",
    "feedback": (
        "Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Schreiben Sie uns "
        "an migraktiv-spandau@narud.org oder rufen Sie an: 030 40 75 75 51. Wir antworten innerhalb eines Monats."
    ),
    "feedback_button": "Barriere melden",
    "h_enforcement": "Durchsetzungsverfahren",
    "enforcement": (
        "Haben wir nicht oder nicht zufriedenstellend geantwortet, können Sie sich an die Landesbeauftragte für "
        "digitale Barrierefreiheit des Landes Berlin wenden. Das Verfahren ist kostenfrei."
    ),
    "enforcement_button": "Zur Durchsetzungsstelle Berlin",
    "slug": "barrierefreiheit",
}

# German Sign Language page ------------------------------------------------------------------------------------------
SIGN = {
    "title": "Gebärdensprache",
    "intro": "Informationen zu dieser Website in Deutscher Gebärdensprache (DGS).",
    "video_title": "MigrAktiv Spandau! in Deutscher Gebärdensprache",
    "transcript_1": (
        "Willkommen bei MigrAktiv Spandau! Wir vernetzen Migrant*innenorganisationen, Communities und lokale "
        "Akteure im Bezirk Spandau."
    ),
    "transcript_2": (
        "Auf dieser Website finden Sie Organisationen, Termine für Fortbildungen und Vernetzungstreffen, "
        "Nachrichten und Materialien. Oben rechts wählen Sie Ihre Sprache, mit „Menü“ öffnen Sie die Navigation."
    ),
    "transcript_3": "Fragen? Schreiben Sie uns an migraktiv-spandau@narud.org.",
    "slug": "gebaerdensprache",
}

ENFORCEMENT_URL = "https://www.berlin.de/moderne-verwaltung/barrierefreie-it/anlaufstellen/"
FEEDBACK_URL = "mailto:migraktiv-spandau@narud.org?subject=Barriere%20auf%20der%20Website"

# The start page in the languages seed.py leaves untranslated: its introduction and call to action.
HOME = {
    "intro": (
        "MigrAktiv Spandau! vernetzt Migrant*innenorganisationen, migrantische Communities und lokale Akteure im "
        "Bezirk Spandau: mit Vernetzungstreffen, Arbeitsgruppen, Fortbildungen und dieser Plattform zum Austausch "
        "von Ressourcen und Informationen."
    ),
    "cta_title": "Mitmachen",
    "cta_text": (
        "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns oder rufen Sie an: 030 40 75 75 51."
    ),
    "cta_link": "E-Mail schreiben",
    **{f"guide_{key}": text for key, text in HOME_GUIDE.items()},
}

TEXTS = {
    "en": {
        "title": "Accessibility statement",
        "intro": "How accessible this website is, what is still missing and how to report barriers to us.",
        "h_status": "Compliance status",
        "status": (
            "MigrAktiv Spandau! wants to make its website accessible in line with Berlin's accessible IT act "
            "(BIT-BGG) and the German accessible information technology ordinance (BITV 2.0). The website is "
            "partially compliant with these requirements."
        ),
        "h_gaps": "What is not accessible yet",
        "gap_video": (
            "The video in German Sign Language has not been recorded yet. Until then, the page “Sign language” "
            "shows a placeholder with the complete text."
        ),
        "gap_pdf": (
            "Some documents from partner organisations are PDF files without structure. We ask the organisations "
            "for accessible versions and send you the content in another form on request."
        ),
        "gap_languages": (
            "Not every page has been translated into every language yet. You then read the German original with a "
            "notice."
        ),
        "h_check": "How we checked",
        "check": (
            "This statement was prepared on 1 December 2026. It is based on a self-assessment: automated checks of "
            "every page type with axe-core and the Nu HTML Checker, and tests with keyboard, zoom and screen "
            "readers on phones and computers."
        ),
        "h_feedback": "Report a barrier",
        "feedback": (
            "Have you come across a barrier, or do you need content in another form? Write to us at "
            "migraktiv-spandau@narud.org or call 030 40 75 75 51. We answer within one month."
        ),
        "feedback_button": "Report a barrier",
        "h_enforcement": "Enforcement procedure",
        "enforcement": (
            "If we have not answered, or not satisfactorily, you can turn to the State of Berlin's commissioner for "
            "digital accessibility. The procedure is free of charge."
        ),
        "enforcement_button": "To Berlin's enforcement body",
        "slug": "accessibility",
        "sign_title": "Sign language",
        "sign_intro": "Information about this website in German Sign Language (DGS).",
        "video_title": "MigrAktiv Spandau! in German Sign Language",
        "transcript_1": (
            "Welcome to MigrAktiv Spandau! We connect migrant organisations, communities and local actors in the "
            "district of Spandau."
        ),
        "transcript_2": (
            "On this website you find organisations, dates of trainings and network meetings, news and materials. "
            "At the top you choose your language; “Menu” opens the navigation."
        ),
        "transcript_3": "Questions? Write to us at migraktiv-spandau@narud.org.",
        "sign_slug": "sign-language",
    },
    "tr": {
        "title": "Erişilebilirlik beyanı",
        "intro": (
            "Bu web sitesinin ne kadar erişilebilir olduğu, nelerin eksik olduğu ve engelleri bize nasıl "
            "bildirebileceğiniz."
        ),
        "h_status": "Uyum durumu",
        "status": (
            "MigrAktiv Spandau!, web sitesini Berlin Erişilebilir BT Yasası (BIT-BGG) ve Erişilebilir Bilgi "
            "Teknolojisi Yönetmeliği (BITV 2.0) uyarınca erişilebilir kılmak istiyor. Web sitesi bu gerekliliklerle "
            "kısmen uyumludur."
        ),
        "h_gaps": "Henüz erişilebilir olmayanlar",
        "gap_video": (
            "Alman İşaret Dili videosu henüz kaydedilmedi. O zamana kadar “İşaret dili” sayfasında metnin tamamını "
            "içeren bir yer tutucu bulunuyor."
        ),
        "gap_pdf": (
            "Ortak kuruluşların bazı belgeleri yapısız PDF dosyalarıdır. Kuruluşlardan erişilebilir sürümler "
            "istiyoruz; talep etmeniz hâlinde içeriği size başka bir biçimde gönderiyoruz."
        ),
        "gap_languages": (
            "Her sayfa henüz her dile çevrilmedi. Bu durumda Almanca aslını bir uyarıyla birlikte okursunuz."
        ),
        "h_check": "Nasıl denetledik",
        "check": (
            "Bu beyan 1 Aralık 2026'da hazırlandı. Bir öz değerlendirmeye dayanır: her sayfa türünün axe-core ve "
            "Nu HTML Checker ile otomatik denetimi ile telefon ve bilgisayarda klavye, büyütme ve ekran okuyucu "
            "testleri."
        ),
        "h_feedback": "Engel bildirin",
        "feedback": (
            "Bir engelle mi karşılaştınız ya da bir içeriğe başka bir biçimde mi ihtiyacınız var? "
            "migraktiv-spandau@narud.org adresine yazın ya da 030 40 75 75 51 numarasını arayın. Bir ay içinde "
            "yanıt veriyoruz."
        ),
        "feedback_button": "Engel bildirin",
        "h_enforcement": "Yaptırım süreci",
        "enforcement": (
            "Yanıt vermediysek ya da yanıtımız tatmin edici değilse Berlin Eyaleti Dijital Erişilebilirlik "
            "Sorumlusu'na başvurabilirsiniz. Süreç ücretsizdir."
        ),
        "enforcement_button": "Berlin yaptırım makamına",
        "slug": "erisilebilirlik",
        "sign_title": "İşaret dili",
        "sign_intro": "Bu web sitesi hakkında Alman İşaret Dili'nde (DGS) bilgiler.",
        "video_title": "Alman İşaret Dili'nde MigrAktiv Spandau!",
        "transcript_1": (
            "MigrAktiv Spandau!'ya hoş geldiniz! Spandau ilçesindeki göçmen kuruluşlarını, toplulukları ve yerel "
            "aktörleri birbirine bağlıyoruz."
        ),
        "transcript_2": (
            "Bu web sitesinde kuruluşları, eğitim ve ağ toplantılarının tarihlerini, haberleri ve materyalleri "
            "bulursunuz. Dilinizi en üstte seçersiniz; “Menü” gezinmeyi açar."
        ),
        "transcript_3": "Sorularınız mı var? migraktiv-spandau@narud.org adresine yazın.",
        "sign_slug": "isaret-dili",
    },
    "ar": {
        "title": "بيان إمكانية الوصول",
        "intro": "مدى سهولة الوصول إلى هذا الموقع، وما الذي لا يزال ناقصًا، وكيف تبلغوننا عن العوائق.",
        "h_status": "حالة التوافق",
        "status": (
            "تسعى MigrAktiv Spandau! إلى جعل موقعها متاحًا للجميع وفق قانون برلين لتقنية المعلومات الخالية من "
            "العوائق (BIT-BGG) ولائحة تقنية المعلومات الخالية من العوائق (BITV 2.0). الموقع متوافق جزئيًا مع هذه "
            "المتطلبات."
        ),
        "h_gaps": "ما ليس متاحًا بعد",
        "gap_video": (
            "لم يُسجَّل بعد الفيديو بلغة الإشارة الألمانية. حتى ذلك الحين تعرض صفحة «لغة الإشارة» عنصرًا مؤقتًا "
            "مع النص الكامل."
        ),
        "gap_pdf": (
            "بعض وثائق المنظمات الشريكة ملفات PDF بلا بنية. نطلب من المنظمات نسخًا متاحة، ونرسل إليكم المحتوى "
            "بشكل آخر عند الطلب."
        ),
        "gap_languages": "لم تُترجم كل صفحة بعد إلى كل اللغات. عندها تقرؤون الأصل الألماني مع تنبيه.",
        "h_check": "كيف فحصنا",
        "check": (
            "أُعدّ هذا البيان في 1 ديسمبر 2026. وهو يستند إلى تقييم ذاتي: فحوص آلية لكل نوع من الصفحات باستخدام "
            "axe-core وNu HTML Checker، واختبارات باستخدام لوحة المفاتيح والتكبير وقارئ الشاشة على الهاتف "
            "والحاسوب."
        ),
        "h_feedback": "الإبلاغ عن عائق",
        "feedback": (
            "هل صادفتم عائقًا، أو تحتاجون إلى محتوى بشكل آخر؟ راسلونا على migraktiv-spandau@narud.org أو اتصلوا "
            "بالرقم 030 40 75 75 51. نجيب خلال شهر واحد."
        ),
        "feedback_button": "الإبلاغ عن عائق",
        "h_enforcement": "إجراءات الإنفاذ",
        "enforcement": (
            "إذا لم نُجب أو لم تكن إجابتنا مرضية، يمكنكم التوجه إلى مفوضة ولاية برلين لإمكانية الوصول الرقمي. "
            "الإجراء مجاني."
        ),
        "enforcement_button": "إلى جهة الإنفاذ في برلين",
        "slug": "إمكانية-الوصول",
        "sign_title": "لغة الإشارة",
        "sign_intro": "معلومات عن هذا الموقع بلغة الإشارة الألمانية (DGS).",
        "video_title": "MigrAktiv Spandau! بلغة الإشارة الألمانية",
        "transcript_1": (
            "مرحبًا بكم في MigrAktiv Spandau! نربط منظمات المهاجرين والمجتمعات والفاعلين المحليين في منطقة شبانداو."
        ),
        "transcript_2": (
            "تجدون في هذا الموقع المنظمات ومواعيد الدورات التدريبية ولقاءات التشبيك والأخبار والمواد. تختارون "
            "لغتكم في الأعلى، وتفتح «القائمة» التنقل."
        ),
        "transcript_3": "أسئلة؟ راسلونا على migraktiv-spandau@narud.org.",
        "sign_slug": "لغة-الإشارة",
    },
    "ru": {
        "title": "Заявление о доступности",
        "intro": "Насколько доступен этот сайт, чего ещё не хватает и как сообщить нам о барьерах.",
        "h_status": "Степень соответствия",
        "status": (
            "MigrAktiv Spandau! стремится сделать свой сайт доступным в соответствии с берлинским законом о "
            "доступных ИТ (BIT-BGG) и постановлением о доступных информационных технологиях (BITV 2.0). Сайт "
            "частично соответствует этим требованиям."
        ),
        "h_gaps": "Что пока недоступно",
        "gap_video": (
            "Видео на немецком жестовом языке ещё не записано. До тех пор на странице «Жестовый язык» размещена "
            "заглушка с полным текстом."
        ),
        "gap_pdf": (
            "Некоторые документы организаций-партнёров — это PDF-файлы без структуры. Мы просим организации о "
            "доступных версиях и по запросу отправим вам содержание в другой форме."
        ),
        "gap_languages": (
            "Ещё не все страницы переведены на все языки. В этом случае вы читаете немецкий оригинал с примечанием."
        ),
        "h_check": "Как мы проверяли",
        "check": (
            "Это заявление подготовлено 1 декабря 2026 года. Оно основано на самооценке: автоматические проверки "
            "каждого типа страниц с помощью axe-core и Nu HTML Checker, а также тесты с клавиатурой, увеличением и "
            "экранным диктором на смартфоне и компьютере."
        ),
        "h_feedback": "Сообщить о барьере",
        "feedback": (
            "Вы столкнулись с барьером или вам нужно содержание в другой форме? Напишите нам на "
            "migraktiv-spandau@narud.org или позвоните: 030 40 75 75 51. Мы отвечаем в течение месяца."
        ),
        "feedback_button": "Сообщить о барьере",
        "h_enforcement": "Процедура обеспечения соблюдения",
        "enforcement": (
            "Если мы не ответили или ответ вас не устроил, вы можете обратиться к уполномоченной земли Берлин по "
            "цифровой доступности. Процедура бесплатна."
        ),
        "enforcement_button": "В надзорный орган Берлина",
        "slug": "dostupnost",
        "sign_title": "Жестовый язык",
        "sign_intro": "Информация об этом сайте на немецком жестовом языке (DGS).",
        "video_title": "MigrAktiv Spandau! на немецком жестовом языке",
        "transcript_1": (
            "Добро пожаловать в MigrAktiv Spandau! Мы объединяем организации мигрантов, сообщества и местных "
            "участников в районе Шпандау."
        ),
        "transcript_2": (
            "На этом сайте вы найдёте организации, даты обучений и встреч сети, новости и материалы. Язык вы "
            "выбираете вверху, кнопка «Меню» открывает навигацию."
        ),
        "transcript_3": "Есть вопросы? Напишите нам на migraktiv-spandau@narud.org.",
        "sign_slug": "zhestovyj-yazyk",
    },
    "uk": {
        "title": "Заява про доступність",
        "intro": "Наскільки доступний цей сайт, чого ще бракує і як повідомити нам про бар’єри.",
        "h_status": "Стан відповідності",
        "status": (
            "MigrAktiv Spandau! прагне зробити свій сайт доступним відповідно до берлінського закону про доступні "
            "ІТ (BIT-BGG) та постанови про доступні інформаційні технології (BITV 2.0). Сайт частково відповідає "
            "цим вимогам."
        ),
        "h_gaps": "Що ще не доступне",
        "gap_video": (
            "Відео німецькою жестовою мовою ще не записане. До того часу на сторінці «Жестова мова» розміщено "
            "заглушку з повним текстом."
        ),
        "gap_pdf": (
            "Деякі документи організацій-партнерів — це PDF-файли без структури. Ми просимо організації про "
            "доступні версії і на запит надішлемо вам зміст в іншій формі."
        ),
        "gap_languages": (
            "Ще не всі сторінки перекладені всіма мовами. Тоді ви читаєте німецький оригінал із приміткою."
        ),
        "h_check": "Як ми перевіряли",
        "check": (
            "Цю заяву підготовлено 1 грудня 2026 року. Вона ґрунтується на самооцінці: автоматичні перевірки "
            "кожного типу сторінок за допомогою axe-core і Nu HTML Checker, а також тести з клавіатурою, "
            "збільшенням і екранним читачем на смартфоні та комп’ютері."
        ),
        "h_feedback": "Повідомити про бар’єр",
        "feedback": (
            "Ви натрапили на бар’єр або вам потрібен зміст в іншій формі? Напишіть нам на "
            "migraktiv-spandau@narud.org або зателефонуйте: 030 40 75 75 51. Ми відповідаємо протягом місяця."
        ),
        "feedback_button": "Повідомити про бар’єр",
        "h_enforcement": "Процедура забезпечення дотримання",
        "enforcement": (
            "Якщо ми не відповіли або відповідь вас не задовольнила, ви можете звернутися до уповноваженої землі "
            "Берлін з питань цифрової доступності. Процедура безкоштовна."
        ),
        "enforcement_button": "До наглядового органу Берліна",
        "slug": "dostupnist",
        "sign_title": "Жестова мова",
        "sign_intro": "Інформація про цей сайт німецькою жестовою мовою (DGS).",
        "video_title": "MigrAktiv Spandau! німецькою жестовою мовою",
        "transcript_1": (
            "Ласкаво просимо до MigrAktiv Spandau! Ми об’єднуємо організації мігрантів, громади та місцевих "
            "учасників у районі Шпандау."
        ),
        "transcript_2": (
            "На цьому сайті ви знайдете організації, дати навчань і зустрічей мережі, новини та матеріали. Мову ви "
            "обираєте вгорі, кнопка «Меню» відкриває навігацію."
        ),
        "transcript_3": "Маєте запитання? Напишіть нам на migraktiv-spandau@narud.org.",
        "sign_slug": "zhestova-mova",
    },
    "fa": {
        "title": "بیانیه دسترس‌پذیری",
        "intro": ("این وب‌سایت تا چه اندازه دسترس‌پذیر است، چه چیزهایی هنوز کم است و چگونه موانع را به ما گزارش دهید."),
        "h_status": "وضعیت انطباق",
        "status": (
            "MigrAktiv Spandau! می‌خواهد وب‌سایت خود را مطابق قانون فناوری اطلاعات بدون مانع برلین (BIT-BGG) و "
            "آیین‌نامه فناوری اطلاعات بدون مانع (BITV 2.0) دسترس‌پذیر کند. این وب‌سایت تا حدی با این الزامات "
            "منطبق است."
        ),
        "h_gaps": "آنچه هنوز دسترس‌پذیر نیست",
        "gap_video": (
            "ویدیو به زبان اشاره آلمانی هنوز ضبط نشده است. تا آن زمان صفحه «زبان اشاره» یک جای‌نگهدار با متن "
            "کامل نشان می‌دهد."
        ),
        "gap_pdf": (
            "برخی از اسناد سازمان‌های همکار فایل‌های PDF بدون ساختار هستند. ما از سازمان‌ها نسخه‌های دسترس‌پذیر "
            "می‌خواهیم و در صورت درخواست، محتوا را به شکل دیگری برایتان می‌فرستیم."
        ),
        "gap_languages": (
            "هنوز همه صفحه‌ها به همه زبان‌ها ترجمه نشده‌اند. در این صورت متن اصلی آلمانی را همراه با یک تذکر می‌خوانید."
        ),
        "h_check": "چگونه بررسی کردیم",
        "check": (
            "این بیانیه در 1 دسامبر 2026 تهیه شد. پایه آن یک خودارزیابی است: بررسی خودکار هر نوع صفحه با "
            "axe-core و Nu HTML Checker و نیز آزمون با صفحه‌کلید، بزرگ‌نمایی و صفحه‌خوان روی تلفن همراه و رایانه."
        ),
        "h_feedback": "گزارش یک مانع",
        "feedback": (
            "به مانعی برخورده‌اید یا محتوایی را به شکل دیگری لازم دارید؟ به migraktiv-spandau@narud.org بنویسید "
            "یا با شماره 030 40 75 75 51 تماس بگیرید. ما ظرف یک ماه پاسخ می‌دهیم."
        ),
        "feedback_button": "گزارش یک مانع",
        "h_enforcement": "روند پیگیری",
        "enforcement": (
            "اگر پاسخ ندادیم یا پاسخ ما رضایت‌بخش نبود، می‌توانید به نماینده ایالت برلین برای دسترس‌پذیری دیجیتال "
            "مراجعه کنید. این روند رایگان است."
        ),
        "enforcement_button": "به نهاد پیگیری برلین",
        "slug": "دسترس-پذیری",
        "sign_title": "زبان اشاره",
        "sign_intro": "اطلاعاتی درباره این وب‌سایت به زبان اشاره آلمانی (DGS).",
        "video_title": "MigrAktiv Spandau! به زبان اشاره آلمانی",
        "transcript_1": (
            "به MigrAktiv Spandau! خوش آمدید! ما سازمان‌های مهاجران، جوامع و فعالان محلی منطقه اشپانداو را به هم "
            "پیوند می‌دهیم."
        ),
        "transcript_2": (
            "در این وب‌سایت سازمان‌ها، تاریخ آموزش‌ها و نشست‌های شبکه، اخبار و مطالب را پیدا می‌کنید. زبان خود را "
            "در بالا انتخاب می‌کنید و «منو» ناوبری را باز می‌کند."
        ),
        "transcript_3": "پرسشی دارید؟ به migraktiv-spandau@narud.org بنویسید.",
        "sign_slug": "زبان-اشاره",
    },
    "pl": {
        "title": "Deklaracja dostępności",
        "intro": "Na ile ta strona jest dostępna, czego jeszcze brakuje i jak zgłosić nam bariery.",
        "h_status": "Stan zgodności",
        "status": (
            "MigrAktiv Spandau! chce udostępnić swoją stronę zgodnie z berlińską ustawą o dostępnej informatyce "
            "(BIT-BGG) i rozporządzeniem o dostępnej technologii informacyjnej (BITV 2.0). Strona jest częściowo "
            "zgodna z tymi wymaganiami."
        ),
        "h_gaps": "Co nie jest jeszcze dostępne",
        "gap_video": (
            "Film w niemieckim języku migowym nie został jeszcze nagrany. Do tego czasu na stronie „Język migowy” "
            "znajduje się zastępnik z pełnym tekstem."
        ),
        "gap_pdf": (
            "Niektóre dokumenty organizacji partnerskich to pliki PDF bez struktury. Prosimy organizacje o dostępne "
            "wersje, a na życzenie prześlemy Państwu treść w innej formie."
        ),
        "gap_languages": (
            "Nie każda strona jest już przetłumaczona na wszystkie języki. Wtedy czytają Państwo niemiecki "
            "oryginał z informacją."
        ),
        "h_check": "Jak sprawdzaliśmy",
        "check": (
            "Deklarację sporządzono 1 grudnia 2026 r. Opiera się na samoocenie: automatycznych kontrolach każdego "
            "rodzaju strony za pomocą axe-core i Nu HTML Checker oraz testach z klawiaturą, powiększeniem i "
            "czytnikiem ekranu na smartfonie i komputerze."
        ),
        "h_feedback": "Zgłoś barierę",
        "feedback": (
            "Napotkali Państwo barierę lub potrzebują treści w innej formie? Prosimy napisać na "
            "migraktiv-spandau@narud.org lub zadzwonić: 030 40 75 75 51. Odpowiadamy w ciągu miesiąca."
        ),
        "feedback_button": "Zgłoś barierę",
        "h_enforcement": "Procedura egzekwowania",
        "enforcement": (
            "Jeśli nie odpowiedzieliśmy lub odpowiedź nie była satysfakcjonująca, mogą się Państwo zwrócić do "
            "pełnomocniczki Berlina ds. dostępności cyfrowej. Procedura jest bezpłatna."
        ),
        "enforcement_button": "Do organu nadzoru w Berlinie",
        "slug": "deklaracja-dostepnosci",
        "sign_title": "Język migowy",
        "sign_intro": "Informacje o tej stronie w niemieckim języku migowym (DGS).",
        "video_title": "MigrAktiv Spandau! w niemieckim języku migowym",
        "transcript_1": (
            "Witamy w MigrAktiv Spandau! Łączymy organizacje migrantów, społeczności i lokalne podmioty w dzielnicy "
            "Spandau."
        ),
        "transcript_2": (
            "Na tej stronie znajdą Państwo organizacje, terminy szkoleń i spotkań sieci, aktualności i materiały. "
            "Język wybierają Państwo na górze, przycisk „Menu” otwiera nawigację."
        ),
        "transcript_3": "Pytania? Prosimy pisać na migraktiv-spandau@narud.org.",
        "sign_slug": "jezyk-migowy",
    },
}

HOME_TEXTS = {
    "ru": {
        "intro": (
            "MigrAktiv Spandau! объединяет организации мигрантов, мигрантские сообщества и местных участников в "
            "районе Шпандау: через встречи сети, рабочие группы, обучение и эту платформу для обмена ресурсами и "
            "информацией."
        ),
        "cta_title": "Участвуйте",
        "cta_text": "Ваша организация хочет войти в сеть? Напишите нам или позвоните: 030 40 75 75 51.",
        "cta_link": "Написать письмо",
        "guide_heading": "Как пользоваться сайтом",
        "guide_offer": (
            "Здесь вы найдёте организации мигрантов и рабочие группы в Шпандау, обучения и встречи сети, новости, "
            "материалы и биржу предложений и потребностей."
        ),
        "guide_navigation": (
            "Все разделы открываются через меню вверху. Рядом вы выбираете язык (есть и немецкий в простом "
            "изложении), ищете по сайту и находите информацию на немецком жестовом языке."
        ),
        "guide_accessibility": (
            "Сайт пока доступен не во всех частях. Чего не хватает и как сообщить нам о барьере, написано в "
            "заявлении о доступности; ссылка на него есть внизу каждой страницы."
        ),
    },
    "uk": {
        "intro": (
            "MigrAktiv Spandau! об’єднує організації мігрантів, мігрантські громади та місцевих учасників у районі "
            "Шпандау: через зустрічі мережі, робочі групи, навчання та цю платформу для обміну ресурсами й "
            "інформацією."
        ),
        "cta_title": "Долучайтеся",
        "cta_text": "Ваша організація хоче стати частиною мережі? Напишіть нам або зателефонуйте: 030 40 75 75 51.",
        "cta_link": "Написати листа",
        "guide_heading": "Як користуватися сайтом",
        "guide_offer": (
            "Тут ви знайдете організації мігрантів і робочі групи в Шпандау, навчання та зустрічі мережі, новини, "
            "матеріали й біржу пропозицій і потреб."
        ),
        "guide_navigation": (
            "Усі розділи відкриваються через меню вгорі. Поруч ви обираєте мову (є й німецька простою мовою), "
            "шукаєте на сайті та знаходите інформацію німецькою жестовою мовою."
        ),
        "guide_accessibility": (
            "Сайт поки доступний не в усіх частинах. Чого бракує і як повідомити нам про бар’єр, написано в заяві "
            "про доступність; посилання на неї є внизу кожної сторінки."
        ),
    },
    "fa": {
        "intro": (
            "MigrAktiv Spandau! سازمان‌های مهاجران، جوامع مهاجر و فعالان محلی منطقه اشپانداو را به هم پیوند "
            "می‌دهد: با نشست‌های شبکه، گروه‌های کاری، آموزش‌ها و این پلتفرم برای تبادل منابع و اطلاعات."
        ),
        "cta_title": "مشارکت کنید",
        "cta_text": "سازمان شما می‌خواهد بخشی از شبکه شود؟ برای ما بنویسید یا تماس بگیرید: 030 40 75 75 51.",
        "cta_link": "ایمیل بنویسید",
        "guide_heading": "استفاده از این وب‌سایت",
        "guide_offer": (
            "در اینجا سازمان‌های مهاجران و گروه‌های کاری در اشپانداو، آموزش‌ها و نشست‌های شبکه، اخبار، مطالب و "
            "بازاری برای پیشنهادها و نیازها را پیدا می‌کنید."
        ),
        "guide_navigation": (
            "از منوی بالا به همه بخش‌ها می‌رسید. کنار آن زبان خود را انتخاب می‌کنید (آلمانی ساده هم هست)، در "
            "وب‌سایت جست‌وجو می‌کنید و اطلاعاتی به زبان اشاره آلمانی می‌یابید."
        ),
        "guide_accessibility": (
            "این وب‌سایت هنوز در همه بخش‌ها دسترس‌پذیر نیست. آنچه کم است و اینکه چگونه مانعی را به ما گزارش دهید، "
            "در بیانیه دسترس‌پذیری آمده است؛ پیوند آن پایین هر صفحه است."
        ),
    },
    "pl": {
        "intro": (
            "MigrAktiv Spandau! łączy organizacje migrantów, społeczności migranckie i lokalne podmioty w dzielnicy "
            "Spandau: poprzez spotkania sieci, grupy robocze, szkolenia i tę platformę do wymiany zasobów i "
            "informacji."
        ),
        "cta_title": "Dołącz do nas",
        "cta_text": "Państwa organizacja chce dołączyć do sieci? Prosimy napisać lub zadzwonić: 030 40 75 75 51.",
        "cta_link": "Napisz e-mail",
        "guide_heading": "Jak korzystać ze strony",
        "guide_offer": (
            "Znajdą tu Państwo organizacje migrantów i grupy robocze w Spandau, szkolenia i spotkania sieci, "
            "aktualności, materiały oraz giełdę ofert i potrzeb."
        ),
        "guide_navigation": (
            "Wszystkie działy otwiera menu na górze. Obok wybierają Państwo język (także niemiecki w prostej formie), "
            "przeszukują stronę i znajdują informacje w niemieckim języku migowym."
        ),
        "guide_accessibility": (
            "Strona nie jest jeszcze dostępna we wszystkich częściach. Czego brakuje i jak zgłosić nam barierę, "
            "opisuje deklaracja dostępności; link do niej jest na dole każdej strony."
        ),
    },
}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def call_to_action(title, text, url, link_text):
    return {
        "type": "call_to_action",
        "value": {"title": title, "text": text, "page": None, "external_url": url, "link_text": link_text},
    }


def statement_body(texts):
    return [
        heading(texts["h_status"]),
        paragraph(texts["status"]),
        heading(texts["h_gaps"]),
        paragraph(texts["gap_video"]),
        paragraph(texts["gap_pdf"]),
        paragraph(texts["gap_languages"]),
        heading(texts["h_check"]),
        paragraph(texts["check"]),
        call_to_action(texts["h_feedback"], texts["feedback"], FEEDBACK_URL, texts["feedback_button"]),
        call_to_action(texts["h_enforcement"], texts["enforcement"], ENFORCEMENT_URL, texts["enforcement_button"]),
    ]


def sign_language_body(texts):
    transcript = "".join(f"<p>{texts[key]}</p>" for key in ("transcript_1", "transcript_2", "transcript_3"))
    return [
        {
            "type": "sign_language_video",
            "value": {
                "title": texts["video_title"],
                "video": None,
                "captions": None,
                "poster": None,
                "transcript": transcript,
            },
        }
    ]


def dictionary(language_code):
    """German segment → this language's text, for the two pages and (where seed.py has none) the start page."""
    texts = TEXTS[language_code]
    result = {"MigrAktiv Spandau!": "MigrAktiv Spandau!", "home": "home"}
    for key in STATEMENT:
        result[STATEMENT[key]] = texts[key]
    for key in ("video_title", "transcript_1", "transcript_2", "transcript_3"):
        result[SIGN[key]] = texts[key]
    result[SIGN["title"]] = texts["sign_title"]
    result[SIGN["intro"]] = texts["sign_intro"]
    result[SIGN["slug"]] = texts["sign_slug"]
    for key, text in HOME_TEXTS.get(language_code, {}).items():
        result[HOME[key]] = text
    return result


@seeding.register(order=2)
def seed_accessibility_pages(log):
    """The accessibility statement and the sign language page, translated into every content language; the start
    page too where seed.py leaves it untranslated, since a translation needs its parent in that language."""
    home = HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    statement = seeding.get_or_create_page(
        home,
        StandardPage,
        STATEMENT["slug"],
        log,
        title=STATEMENT["title"],
        intro=STATEMENT["intro"],
        body=json.dumps(statement_body(STATEMENT)),
    )
    sign_language = seeding.get_or_create_page(
        home,
        StandardPage,
        SIGN["slug"],
        log,
        title=SIGN["title"],
        intro=SIGN["intro"],
        body=json.dumps(sign_language_body(SIGN)),
    )
    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code in TEXTS:
        if code not in languages:
            continue
        words = dictionary(code)
        if code in HOME_TEXTS:
            seeding.translate_page(home, code, words, log)
        for page in (statement, sign_language):
            seeding.translate_page(page, code, words, log)
