// The fixed texts of the anonymous contribution form (X1), in the languages parents in the
// Netherlands often read best, plain (B1). Written by people, not a machine; a native speaker
// should read a new language before it is added. Other languages fall back to Dutch.
import { textDirection } from '#app/features/materials/domain/languages';

const nl = {
  pageTitle: 'Vertel het ons, zonder uw naam',
  intro:
    '{org} wil graag weten hoe het is om hier kinderen op te voeden. Praat u liever niet in een groep? Dan kunt u hier schrijven. Wij vragen niet wie u bent.',
  theme: 'Het onderwerp is: {theme}',
  languages: 'Kies uw taal',
  questionsTitle: 'De vragen',
  answerHint: 'Schrijf zoveel of zo weinig als u wilt. U mag een vraag overslaan. U mag in uw eigen taal schrijven.',
  dutchOnly: 'Sommige vragen zijn alleen in het Nederlands. U mag antwoorden in uw eigen taal.',
  openQuestion: 'Wat wilt u ons vertellen? Wat gaat goed en wat is moeilijk?',
  question: 'Vraag {n}',
  noNames: 'Schrijf geen namen, telefoonnummers of adressen. Doet u dat toch? Dan halen wij ze weg.',
  consent: 'Mijn woorden mogen zonder mijn naam gebruikt worden.',
  consentHint: 'Wij gebruiken uw woorden in het verslag en als we plannen maken. Niemand kan zien dat ze van u zijn.',
  optional: '(niet verplicht)',
  submit: 'Versturen',
  thanksTitle: 'Dank u wel!',
  thanksBody: 'We hebben uw antwoorden gekregen. We lezen ze goed. Ze tellen net zo zwaar als wat ouders in de groep zeggen.',
  closedTitle: 'U kunt hier niets meer sturen',
  closedBody: 'Het verslag van de gesprekken is al klaar. Daarom kunt u hier niets meer sturen. Dank u wel dat u wilde meedoen.',
  formHasErrors: 'Er ging iets mis. Kijk bij de rode tekst.',
  tooLong: 'Deze tekst is te lang. Maak hem korter.',
  nothingFilled: 'U heeft nog niets geschreven. Schrijf een antwoord bij minstens één vraag.',
  consentRequired: 'Zet een vinkje als wij uw woorden mogen gebruiken. Anders kunnen wij ze niet gebruiken.',
  tooFast: 'Dat ging heel snel. Wacht een paar seconden en druk dan nog een keer op Versturen.',
  expired: 'De pagina was te lang open. Druk nog een keer op Versturen.',
  invalid: 'Dit ging mis. Probeer het nog een keer.',
  flyerLine: 'Liever niet in een groep praten? Schrijf ons zonder uw naam:',
  flyerQr: 'QR-code naar het formulier om zonder naam te schrijven: {url}',
};

export type ContributionTextKey = keyof typeof nl;
type Texts = Record<ContributionTextKey, string>;

const en: Texts = {
  pageTitle: 'Tell us, without your name',
  intro:
    '{org} would like to know what it is like to raise children here. Would you rather not talk in a group? Then you can write here. We do not ask who you are.',
  theme: 'The topic is: {theme}',
  languages: 'Choose your language',
  questionsTitle: 'The questions',
  answerHint: 'Write as much or as little as you like. You may skip a question. You may write in your own language.',
  dutchOnly: 'Some questions are only in Dutch. You may answer in your own language.',
  openQuestion: 'What would you like to tell us? What goes well and what is difficult?',
  question: 'Question {n}',
  noNames: 'Do not write names, phone numbers or addresses. If you do, we will take them out.',
  consent: 'My words may be used without my name.',
  consentHint: 'We use your words in the report and when we make plans. Nobody can see that they are yours.',
  optional: '(optional)',
  submit: 'Send',
  thanksTitle: 'Thank you!',
  thanksBody: 'We have received your answers. We will read them carefully. They count just as much as what parents say in the group.',
  closedTitle: 'You can no longer send anything here',
  closedBody: 'The report of the conversations is already finished. That is why you can no longer send anything here. Thank you for wanting to take part.',
  formHasErrors: 'Something went wrong. Look at the red text.',
  tooLong: 'This text is too long. Please make it shorter.',
  nothingFilled: 'You have not written anything yet. Write an answer to at least one question.',
  consentRequired: 'Tick the box if we may use your words. Otherwise we cannot use them.',
  tooFast: 'That was very fast. Wait a few seconds and then press Send again.',
  expired: 'The page was open for too long. Press Send again.',
  invalid: 'This went wrong. Please try again.',
  flyerLine: 'Would you rather not talk in a group? Write to us without your name:',
  flyerQr: 'QR code to the form for writing without your name: {url}',
};

const ar: Texts = {
  pageTitle: 'أخبرونا، بدون ذكر اسمكم',
  intro: 'تريد {org} أن تعرف كيف هي تربية الأطفال هنا. هل تفضّلون عدم الكلام في مجموعة؟ إذن يمكنكم الكتابة هنا. لن نسألكم من أنتم.',
  theme: 'الموضوع هو: {theme}',
  languages: 'اختاروا لغتكم',
  questionsTitle: 'الأسئلة',
  answerHint: 'اكتبوا كثيرًا أو قليلًا كما تريدون. يمكنكم ترك سؤال بدون جواب. يمكنكم الكتابة بلغتكم.',
  dutchOnly: 'بعض الأسئلة باللغة الهولندية فقط. يمكنكم الإجابة بلغتكم.',
  openQuestion: 'ماذا تريدون أن تخبرونا؟ ما الذي يسير جيدًا وما الذي هو صعب؟',
  question: 'السؤال {n}',
  noNames: 'لا تكتبوا أسماء أو أرقام هواتف أو عناوين. إذا كتبتموها فسنحذفها.',
  consent: 'يمكن استعمال كلماتي بدون ذكر اسمي.',
  consentHint: 'نستعمل كلماتكم في التقرير وعندما نضع خططًا. لا أحد يستطيع أن يعرف أنها منكم.',
  optional: '(اختياري)',
  submit: 'إرسال',
  thanksTitle: 'شكرًا لكم!',
  thanksBody: 'وصلتنا أجوبتكم. سنقرؤها بعناية. لها نفس القيمة مثل ما يقوله الأهالي في المجموعة.',
  closedTitle: 'لم يعد بإمكانكم الإرسال هنا',
  closedBody: 'تقرير الحوارات جاهز. لذلك لم يعد بإمكانكم إرسال شيء هنا. شكرًا لأنكم أردتم المشاركة.',
  formHasErrors: 'حدث خطأ. انظروا إلى النص الأحمر.',
  tooLong: 'هذا النص طويل جدًا. اجعلوه أقصر من فضلكم.',
  nothingFilled: 'لم تكتبوا شيئًا بعد. اكتبوا جوابًا على سؤال واحد على الأقل.',
  consentRequired: 'ضعوا علامة في المربع إذا سمحتم لنا باستعمال كلماتكم. بدون ذلك لا نستطيع استعمالها.',
  tooFast: 'كان ذلك سريعًا جدًا. انتظروا بضع ثوانٍ ثم اضغطوا على إرسال مرة أخرى.',
  expired: 'بقيت الصفحة مفتوحة مدة طويلة. اضغطوا على إرسال مرة أخرى.',
  invalid: 'حدث خطأ. حاولوا مرة أخرى من فضلكم.',
  flyerLine: 'هل تفضّلون عدم الكلام في مجموعة؟ اكتبوا لنا بدون ذكر اسمكم:',
  flyerQr: 'رمز QR إلى استمارة الكتابة بدون اسم: {url}',
};

const tr: Texts = {
  pageTitle: 'Bize anlatın, adınızı vermeden',
  intro:
    '{org} burada çocuk büyütmenin nasıl olduğunu öğrenmek istiyor. Bir grupta konuşmak istemiyor musunuz? O zaman buraya yazabilirsiniz. Kim olduğunuzu sormuyoruz.',
  theme: 'Konu: {theme}',
  languages: 'Dilinizi seçin',
  questionsTitle: 'Sorular',
  answerHint: 'İstediğiniz kadar çok ya da az yazın. Bir soruyu atlayabilirsiniz. Kendi dilinizde yazabilirsiniz.',
  dutchOnly: 'Bazı sorular sadece Felemenkçe. Kendi dilinizde cevap verebilirsiniz.',
  openQuestion: 'Bize ne anlatmak istersiniz? Neler iyi gidiyor, neler zor?',
  question: 'Soru {n}',
  noNames: 'İsim, telefon numarası veya adres yazmayın. Yine de yazarsanız, biz onları sileriz.',
  consent: 'Sözlerim adım olmadan kullanılabilir.',
  consentHint: 'Sözlerinizi raporda ve plan yaparken kullanıyoruz. Kimse bu sözlerin size ait olduğunu göremez.',
  optional: '(zorunlu değil)',
  submit: 'Gönder',
  thanksTitle: 'Teşekkür ederiz!',
  thanksBody: 'Cevaplarınızı aldık. Onları dikkatle okuyacağız. Gruptaki velilerin söyledikleri kadar önemliler.',
  closedTitle: 'Buradan artık bir şey gönderemezsiniz',
  closedBody: 'Görüşmelerin raporu hazır. Bu yüzden buradan artık bir şey gönderemezsiniz. Katılmak istediğiniz için teşekkür ederiz.',
  formHasErrors: 'Bir sorun oldu. Kırmızı yazıya bakın.',
  tooLong: 'Bu metin çok uzun. Lütfen kısaltın.',
  nothingFilled: 'Henüz bir şey yazmadınız. En az bir soruya cevap yazın.',
  consentRequired: 'Sözlerinizi kullanabilirsek kutuyu işaretleyin. Yoksa onları kullanamayız.',
  tooFast: 'Bu çok hızlı oldu. Birkaç saniye bekleyin ve sonra tekrar Gönder düğmesine basın.',
  expired: 'Sayfa çok uzun süre açık kaldı. Tekrar Gönder düğmesine basın.',
  invalid: 'Bir sorun oldu. Lütfen tekrar deneyin.',
  flyerLine: 'Bir grupta konuşmak istemiyor musunuz? Adınızı vermeden bize yazın:',
  flyerQr: 'Adsız yazma formuna giden QR kodu: {url}',
};

const pl: Texts = {
  pageTitle: 'Prosimy nam opowiedzieć, bez podawania imienia',
  intro: '{org} chce wiedzieć, jak to jest wychowywać tutaj dzieci. Wolą Państwo nie mówić w grupie? Mogą Państwo napisać tutaj. Nie pytamy, kim Państwo są.',
  theme: 'Temat: {theme}',
  languages: 'Wybierz język',
  questionsTitle: 'Pytania',
  answerHint: 'Prosimy napisać tyle, ile Państwo chcą. Można pominąć pytanie. Można pisać we własnym języku.',
  dutchOnly: 'Niektóre pytania są tylko po niderlandzku. Mogą Państwo odpowiedzieć we własnym języku.',
  openQuestion: 'Co chcą nam Państwo powiedzieć? Co idzie dobrze, a co jest trudne?',
  question: 'Pytanie {n}',
  noNames: 'Prosimy nie pisać imion, numerów telefonu ani adresów. Jeśli Państwo je napiszą, usuniemy je.',
  consent: 'Moje słowa mogą być użyte bez mojego imienia.',
  consentHint: 'Używamy Państwa słów w sprawozdaniu i gdy robimy plany. Nikt nie może zobaczyć, że są od Państwa.',
  optional: '(nieobowiązkowe)',
  submit: 'Wyślij',
  thanksTitle: 'Dziękujemy!',
  thanksBody: 'Otrzymaliśmy Państwa odpowiedzi. Przeczytamy je uważnie. Liczą się tak samo jak to, co mówią rodzice w grupie.',
  closedTitle: 'Tutaj nie można już nic wysłać',
  closedBody: 'Sprawozdanie z rozmów jest już gotowe. Dlatego nie można już tutaj nic wysłać. Dziękujemy, że chcieli Państwo wziąć udział.',
  formHasErrors: 'Coś poszło nie tak. Prosimy spojrzeć na czerwony tekst.',
  tooLong: 'Ten tekst jest za długi. Prosimy go skrócić.',
  nothingFilled: 'Nic jeszcze Państwo nie napisali. Prosimy odpowiedzieć na co najmniej jedno pytanie.',
  consentRequired: 'Prosimy zaznaczyć pole, jeśli możemy użyć Państwa słów. Inaczej nie możemy ich użyć.',
  tooFast: 'To było bardzo szybko. Prosimy poczekać kilka sekund i jeszcze raz nacisnąć Wyślij.',
  expired: 'Strona była otwarta zbyt długo. Prosimy jeszcze raz nacisnąć Wyślij.',
  invalid: 'Coś poszło nie tak. Prosimy spróbować jeszcze raz.',
  flyerLine: 'Wolą Państwo nie mówić w grupie? Prosimy napisać do nas bez podawania imienia:',
  flyerQr: 'Kod QR do formularza, w którym można pisać bez imienia: {url}',
};

const uk: Texts = {
  pageTitle: 'Розкажіть нам, не називаючи свого імені',
  intro: '{org} хоче знати, як це — виховувати дітей тут. Ви не хочете говорити в групі? Тоді можете написати тут. Ми не питаємо, хто ви.',
  theme: 'Тема: {theme}',
  languages: 'Виберіть мову',
  questionsTitle: 'Запитання',
  answerHint: 'Пишіть стільки, скільки хочете. Можна пропустити запитання. Можна писати своєю мовою.',
  dutchOnly: 'Деякі запитання є лише нідерландською мовою. Ви можете відповідати своєю мовою.',
  openQuestion: 'Що ви хочете нам розповісти? Що йде добре, а що складно?',
  question: 'Запитання {n}',
  noNames: 'Не пишіть імен, номерів телефону чи адрес. Якщо ви все ж їх напишете, ми їх приберемо.',
  consent: 'Мої слова можна використовувати без мого імені.',
  consentHint: 'Ми використовуємо ваші слова у звіті та коли складаємо плани. Ніхто не зможе побачити, що це ваші слова.',
  optional: "(необов'язково)",
  submit: 'Надіслати',
  thanksTitle: 'Дякуємо!',
  thanksBody: 'Ми отримали ваші відповіді. Ми уважно їх прочитаємо. Вони так само важливі, як і те, що кажуть батьки в групі.',
  closedTitle: 'Тут більше нічого не можна надіслати',
  closedBody: 'Звіт про розмови вже готовий. Тому тут більше нічого не можна надіслати. Дякуємо, що хотіли взяти участь.',
  formHasErrors: 'Щось пішло не так. Подивіться на червоний текст.',
  tooLong: 'Цей текст задовгий. Будь ласка, скоротіть його.',
  nothingFilled: 'Ви ще нічого не написали. Напишіть відповідь хоча б на одне запитання.',
  consentRequired: 'Поставте позначку, якщо ми можемо використати ваші слова. Інакше ми не можемо їх використати.',
  tooFast: 'Це було дуже швидко. Зачекайте кілька секунд і ще раз натисніть «Надіслати».',
  expired: 'Сторінка була відкрита надто довго. Ще раз натисніть «Надіслати».',
  invalid: 'Щось пішло не так. Спробуйте ще раз.',
  flyerLine: 'Не хочете говорити в групі? Напишіть нам, не називаючи свого імені:',
  flyerQr: 'QR-код до форми, де можна писати без імені: {url}',
};

const catalogues = { nl, en, ar, tr, pl, uk } satisfies Record<string, Texts>;
export type ContributionLanguage = keyof typeof catalogues;
/** The languages the form is offered in, Dutch first. */
export const CONTRIBUTION_LANGUAGES = Object.keys(catalogues) as ContributionLanguage[];
/** The catalogues themselves, for the parity test. */
export const CONTRIBUTION_CATALOGUES: Record<ContributionLanguage, Texts> = catalogues;

export const hasContributionTexts = (language: string): language is ContributionLanguage => language in catalogues;

export type ContributionTexts = {
  lang: ContributionLanguage;
  dir: 'ltr' | 'rtl';
  t: (key: ContributionTextKey, values?: Record<string, string | number>) => string;
};

/** The fixed texts in a language (Dutch when there are none in it), with {name} placeholders filled in. */
export function contributionTexts(language: string): ContributionTexts {
  const lang = hasContributionTexts(language) ? language : 'nl';
  const texts = catalogues[lang];
  return {
    lang,
    dir: textDirection(lang),
    t: (key, values) => texts[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole)),
  };
}
