/*
 * Testimony website widget: a chat with the Testimony reporting assistant over Rasa's REST channel.
 *
 * Embed with one script tag (the stylesheet next to it is added automatically):
 *   <script src="/testimony-widget.js" data-testimony-server="http://localhost:5005" defer></script>
 * Optional attributes: data-exit-url (where "Leave this site" goes), data-lang (the widget's language,
 * otherwise the page's <html lang>), data-target (id of the element to render into, default
 * "testimony-widget"; created at the end of <body> if missing). See docs/widget.md.
 *
 * Safety and privacy rules this file keeps:
 *  - no cookies, no web storage of any kind, no third-party requests: only the Rasa server and this script's CSS;
 *  - the conversation and its session token (issued and signed by the server) live in this page's memory only,
 *    so neither a reload nor "reopen closed tab" on a shared computer brings anything back;
 *  - every text is put on the page with textContent, never innerHTML (the demo page enforces Trusted Types);
 *  - "Leave this site" and the Escape key wipe the tab's copy, ask the server to delete the draft, and replace
 *    the page in the history, so Back does not return here.
 */
(function () {
  "use strict";

  var script = document.currentScript || document.querySelector("script[data-testimony-server]");
  if (!script || window.testimonyWidget) {
    return;
  }

  var MAX_CHARS = 20000;
  var TIMEOUT_MS = 120000;
  var DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";
  var CRIMESTOPPERS = "0800 555 111";
  // The languages with `rtl=True` in bot/language/languages.py (tests/test_language_table.py keeps them equal).
  var RTL_LANGUAGES = ["ar", "fa", "ur"];

  // The widget's own words, in every language the service supports. One table, one code path: add a language
  // by adding a column of the same keys. {phone}, {count} and {max} are filled in when shown.
  var STRINGS = {
    en: {
      leave: "Leave this site",
      leaveHint: "Press Escape to leave this site quickly.",
      skip: "Skip to the reporting chat",
      title: "Tell us what happened",
      intro: "You can write in any language. You can stop, skip a question or take a break at any time. " +
        "Choose Start, or type your first message.",
      start: "Start",
      log: "Conversation",
      you: "You said:",
      bot: "Assistant said:",
      choices: "Suggested answers",
      label: "Your message",
      hint: "Press Enter to send. Press Shift and Enter for a new line.",
      send: "Send",
      typing: "Typing…",
      error: "Sorry, we cannot reach the reporting service right now. Your message has not been sent, and it " +
        "is still in the box below. Please try again in a moment.",
      crimestoppers: "You can also report anonymously to Crimestoppers, free, on {phone}.",
      retry: "Try again",
      tooLong: "Your message is too long to send in one go ({count} of {max} characters). Please split it " +
        "into shorter messages. Nothing has been deleted."
    },
    ar: {
      leave: "غادر هذا الموقع",
      leaveHint: "اضغط على مفتاح Escape لمغادرة هذا الموقع بسرعة.",
      skip: "انتقل إلى محادثة الإبلاغ",
      title: "أخبرنا بما حدث",
      intro: "يمكنك الكتابة بأي لغة. يمكنك التوقف أو تخطي أي سؤال أو أخذ استراحة في أي وقت. " +
        "اختر «ابدأ» أو اكتب رسالتك الأولى.",
      start: "ابدأ",
      log: "المحادثة",
      you: "أنت:",
      bot: "المساعد:",
      choices: "إجابات مقترحة",
      label: "رسالتك",
      hint: "اضغط Enter للإرسال، وShift مع Enter لسطر جديد.",
      send: "إرسال",
      typing: "يكتب…",
      error: "عذرًا، لا يمكننا الوصول إلى خدمة الإبلاغ الآن. لم تُرسَل رسالتك، وهي ما زالت في المربع أدناه. " +
        "يُرجى المحاولة مرة أخرى بعد قليل.",
      crimestoppers: "يمكنك أيضًا الإبلاغ دون ذكر اسمك لدى Crimestoppers مجانًا على الرقم {phone}.",
      retry: "حاول مرة أخرى",
      tooLong: "رسالتك طويلة جدًا لإرسالها دفعة واحدة ({count} من {max} حرف). يُرجى تقسيمها إلى رسائل أقصر. " +
        "لم يُحذف شيء."
    },
    uk: {
      leave: "Покинути цей сайт",
      leaveHint: "Натисніть Escape, щоб швидко покинути цей сайт.",
      skip: "Перейти до чату для повідомлення",
      title: "Розкажіть нам, що сталося",
      intro: "Ви можете писати будь-якою мовою. Ви можете зупинитися, пропустити питання або зробити перерву " +
        "будь-коли. Натисніть «Почати» або напишіть своє перше повідомлення.",
      start: "Почати",
      log: "Розмова",
      you: "Ви:",
      bot: "Помічник:",
      choices: "Запропоновані відповіді",
      label: "Ваше повідомлення",
      hint: "Enter — надіслати. Shift і Enter — новий рядок.",
      send: "Надіслати",
      typing: "Друкує…",
      error: "На жаль, зараз не вдається з'єднатися зі службою. Ваше повідомлення не надіслано, воно " +
        "залишилося в полі нижче. Будь ласка, спробуйте ще раз трохи згодом.",
      crimestoppers: "Ви також можете анонімно й безкоштовно повідомити Crimestoppers за номером {phone}.",
      retry: "Спробувати ще раз",
      tooLong: "Повідомлення задовге, щоб надіслати його одразу ({count} з {max} символів). Будь ласка, " +
        "розділіть його на коротші. Нічого не видалено."
    },
    ru: {
      leave: "Покинуть этот сайт",
      leaveHint: "Нажмите Escape, чтобы быстро покинуть этот сайт.",
      skip: "Перейти к чату для сообщения",
      title: "Расскажите нам, что произошло",
      intro: "Вы можете писать на любом языке. Вы можете остановиться, пропустить вопрос или сделать перерыв " +
        "в любой момент. Нажмите «Начать» или напишите первое сообщение.",
      start: "Начать",
      log: "Разговор",
      you: "Вы:",
      bot: "Помощник:",
      choices: "Предлагаемые ответы",
      label: "Ваше сообщение",
      hint: "Enter — отправить. Shift и Enter — новая строка.",
      send: "Отправить",
      typing: "Печатает…",
      error: "К сожалению, сейчас не удаётся связаться со службой. Ваше сообщение не отправлено, оно осталось " +
        "в поле ниже. Пожалуйста, попробуйте ещё раз чуть позже.",
      crimestoppers: "Вы также можете анонимно и бесплатно сообщить в Crimestoppers по номеру {phone}.",
      retry: "Попробовать ещё раз",
      tooLong: "Сообщение слишком длинное, чтобы отправить его сразу ({count} из {max} символов). Пожалуйста, " +
        "разделите его на более короткие. Ничего не удалено."
    },
    fa: {
      leave: "خروج از این سایت",
      leaveHint: "برای خروج سریع از این سایت، کلید Escape را فشار دهید.",
      skip: "رفتن به گفت‌وگوی گزارش",
      title: "به ما بگویید چه اتفاقی افتاد",
      intro: "می‌توانید به هر زبانی بنویسید. هر زمان بخواهید می‌توانید دست نگه دارید، از پرسشی بگذرید یا " +
        "استراحت کنید. «شروع» را انتخاب کنید یا نخستین پیام خود را بنویسید.",
      start: "شروع",
      log: "گفت‌وگو",
      you: "شما:",
      bot: "دستیار:",
      choices: "پاسخ‌های پیشنهادی",
      label: "پیام شما",
      hint: "برای ارسال Enter را بزنید. برای خط جدید Shift و Enter را بزنید.",
      send: "ارسال",
      typing: "در حال نوشتن…",
      error: "متأسفیم، اکنون دسترسی به سرویس گزارش‌دهی ممکن نیست. پیام شما ارسال نشده و هنوز در کادر زیر " +
        "است. لطفاً کمی بعد دوباره تلاش کنید.",
      crimestoppers: "همچنین می‌توانید به‌صورت ناشناس و رایگان به Crimestoppers به شماره {phone} گزارش دهید.",
      retry: "تلاش دوباره",
      tooLong: "پیام شما برای ارسال یکجا بیش از حد طولانی است ({count} از {max} نویسه). لطفاً آن را به " +
        "پیام‌های کوتاه‌تر تقسیم کنید. چیزی پاک نشده است."
    },
    fr: {
      leave: "Quitter ce site",
      leaveHint: "Appuyez sur Échap pour quitter rapidement ce site.",
      skip: "Aller à la conversation de signalement",
      title: "Dites-nous ce qui s’est passé",
      intro: "Vous pouvez écrire dans n’importe quelle langue. Vous pouvez arrêter, passer une question ou " +
        "faire une pause à tout moment. Choisissez « Commencer » ou écrivez votre premier message.",
      start: "Commencer",
      log: "Conversation",
      you: "Vous avez écrit :",
      bot: "L’assistant a écrit :",
      choices: "Réponses proposées",
      label: "Votre message",
      hint: "Appuyez sur Entrée pour envoyer, sur Maj et Entrée pour aller à la ligne.",
      send: "Envoyer",
      typing: "En train d’écrire…",
      error: "Désolé, nous ne pouvons pas joindre le service de signalement pour le moment. Votre message n’a " +
        "pas été envoyé ; il est toujours dans la zone ci-dessous. Veuillez réessayer dans un instant.",
      crimestoppers: "Vous pouvez aussi faire un signalement anonyme et gratuit à Crimestoppers au {phone}.",
      retry: "Réessayer",
      tooLong: "Votre message est trop long pour être envoyé en une fois ({count} sur {max} caractères). " +
        "Veuillez le découper en messages plus courts. Rien n’a été effacé."
    },
    es: {
      leave: "Salir de este sitio",
      leaveHint: "Pulse la tecla Escape para salir rápidamente de este sitio.",
      skip: "Ir al chat para denunciar",
      title: "Cuéntenos qué pasó",
      intro: "Puede escribir en cualquier idioma. Puede parar, saltarse una pregunta o tomarse un descanso en " +
        "cualquier momento. Elija «Empezar» o escriba su primer mensaje.",
      start: "Empezar",
      log: "Conversación",
      you: "Usted escribió:",
      bot: "El asistente escribió:",
      choices: "Respuestas sugeridas",
      label: "Su mensaje",
      hint: "Pulse Intro para enviar. Pulse Mayús e Intro para una nueva línea.",
      send: "Enviar",
      typing: "Escribiendo…",
      error: "Lo sentimos, ahora mismo no podemos conectar con el servicio de denuncias. Su mensaje no se ha " +
        "enviado y sigue en el cuadro de abajo. Vuelva a intentarlo dentro de un momento.",
      crimestoppers: "También puede denunciar de forma anónima y gratuita a Crimestoppers en el {phone}.",
      retry: "Intentar de nuevo",
      tooLong: "Su mensaje es demasiado largo para enviarlo de una vez ({count} de {max} caracteres). " +
        "Divídalo en mensajes más cortos. No se ha borrado nada."
    },
    ur: {
      leave: "یہ سائٹ چھوڑیں",
      leaveHint: "اس سائٹ کو جلدی چھوڑنے کے لیے Escape کا بٹن دبائیں۔",
      skip: "رپورٹ کی گفتگو پر جائیں",
      title: "ہمیں بتائیں کیا ہوا",
      intro: "آپ کسی بھی زبان میں لکھ سکتے ہیں۔ آپ کسی بھی وقت رک سکتے ہیں، کوئی سوال چھوڑ سکتے ہیں یا وقفہ " +
        "لے سکتے ہیں۔ ”شروع کریں“ چنیں یا اپنا پہلا پیغام لکھیں۔",
      start: "شروع کریں",
      log: "گفتگو",
      you: "آپ:",
      bot: "معاون:",
      choices: "تجویز کردہ جوابات",
      label: "آپ کا پیغام",
      hint: "بھیجنے کے لیے Enter دبائیں۔ نئی سطر کے لیے Shift اور Enter دبائیں۔",
      send: "بھیجیں",
      typing: "لکھ رہا ہے…",
      error: "معذرت، ابھی رپورٹنگ سروس تک رسائی نہیں ہو پا رہی۔ آپ کا پیغام نہیں بھیجا گیا، یہ ابھی نیچے " +
        "والے خانے میں موجود ہے۔ براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔",
      crimestoppers: "آپ Crimestoppers کو {phone} پر مفت اور گمنام طور پر بھی اطلاع دے سکتے ہیں۔",
      retry: "دوبارہ کوشش کریں",
      tooLong: "آپ کا پیغام ایک بار میں بھیجنے کے لیے بہت لمبا ہے ({count} از {max} حروف)۔ براہ کرم اسے " +
        "چھوٹے پیغامات میں تقسیم کریں۔ کچھ بھی حذف نہیں ہوا۔"
    },
    ta: {
      leave: "இந்தத் தளத்திலிருந்து வெளியேறு",
      leaveHint: "இந்தத் தளத்திலிருந்து விரைவாக வெளியேற Escape விசையை அழுத்தவும்.",
      skip: "புகார் உரையாடலுக்குச் செல்லவும்",
      title: "என்ன நடந்தது என்று எங்களிடம் சொல்லுங்கள்",
      intro: "நீங்கள் எந்த மொழியிலும் எழுதலாம். எந்த நேரத்திலும் நிறுத்தலாம், ஒரு கேள்வியைத் தவிர்க்கலாம் " +
        "அல்லது ஓய்வு எடுக்கலாம். “தொடங்கு” என்பதைத் தேர்ந்தெடுக்கவும் அல்லது உங்கள் முதல் செய்தியை எழுதவும்.",
      start: "தொடங்கு",
      log: "உரையாடல்",
      you: "நீங்கள்:",
      bot: "உதவியாளர்:",
      choices: "பரிந்துரைக்கப்பட்ட பதில்கள்",
      label: "உங்கள் செய்தி",
      hint: "அனுப்ப Enter அழுத்தவும். புதிய வரிக்கு Shift மற்றும் Enter அழுத்தவும்.",
      send: "அனுப்பு",
      typing: "தட்டச்சு செய்கிறது…",
      error: "மன்னிக்கவும், இப்போது புகார் சேவையை அணுக முடியவில்லை. உங்கள் செய்தி அனுப்பப்படவில்லை; அது " +
        "கீழே உள்ள பெட்டியில் அப்படியே உள்ளது. சிறிது நேரம் கழித்து மீண்டும் முயற்சிக்கவும்.",
      crimestoppers: "நீங்கள் Crimestoppers-க்கு {phone} என்ற எண்ணில் இலவசமாகவும் பெயர் தெரிவிக்காமலும் " +
        "புகார் செய்யலாம்.",
      retry: "மீண்டும் முயற்சி செய்",
      tooLong: "உங்கள் செய்தி ஒரே முறையில் அனுப்ப மிக நீளமாக உள்ளது ({count} / {max} எழுத்துகள்). அதைச் " +
        "சிறிய செய்திகளாகப் பிரிக்கவும். எதுவும் நீக்கப்படவில்லை."
    },
    so: {
      leave: "Ka bax boggan",
      leaveHint: "Riix furaha Escape si aad boggan uga baxdo si degdeg ah.",
      skip: "U gudub wada-hadalka warbixinta",
      title: "Noo sheeg waxa dhacay",
      intro: "Waxaad ku qori kartaa luqad kasta. Waad joojin kartaa, su'aal waad ka boodi kartaa ama nasasho " +
        "waad qaadan kartaa wakhti kasta. Dooro “Bilow” ama qor fariintaada ugu horreysa.",
      start: "Bilow",
      log: "Wada-hadal",
      you: "Adiga:",
      bot: "Caawiye:",
      choices: "Jawaabo la soo jeediyay",
      label: "Fariintaada",
      hint: "Riix Enter si aad u dirto. Riix Shift iyo Enter si aad sadar cusub u bilowdo.",
      send: "Dir",
      typing: "Wuu qorayaa…",
      error: "Waan ka xunnahay, hadda lama gaari karo adeegga warbixinta. Fariintaada lama dirin, weli waxay " +
        "ku jirtaa sanduuqa hoose. Fadlan mar kale isku day wax yar kadib.",
      crimestoppers: "Waxa kale oo aad si qarsoodi ah oo bilaash ah ugu soo sheegi kartaa Crimestoppers " +
        "lambarka {phone}.",
      retry: "Isku day mar kale",
      tooLong: "Fariintaadu aad bay u dheer tahay si hal mar loo diro ({count} ka mid ah {max} xaraf). Fadlan u " +
        "kala qaybi fariimo gaagaaban. Waxba lama tirtirin."
    }
  };

  // ---------------------------------------------------------------------------------------------------------
  // Configuration, language, storage.
  // ---------------------------------------------------------------------------------------------------------
  var serverUrl = (script.getAttribute("data-testimony-server") || "").replace(/\/+$/, "");
  var endpoint = serverUrl + "/webhooks/rest/webhook";
  var sessionEndpoint = serverUrl + "/webhooks/rest/session";
  var exitUrl = script.getAttribute("data-exit-url") || DEFAULT_EXIT_URL;
  var targetId = script.getAttribute("data-target") || "testimony-widget";

  function baseLanguage(tag) {
    return String(tag || "").trim().toLowerCase().split(/[-_]/)[0];
  }

  function pickLanguage(tag) {
    var code = baseLanguage(tag);
    return Object.prototype.hasOwnProperty.call(STRINGS, code) ? code : "en";
  }

  var lang = pickLanguage(script.getAttribute("data-lang") || document.documentElement.lang);

  function t(key) {
    var table = STRINGS[lang] || STRINGS.en;
    return table[key] !== undefined ? table[key] : STRINGS.en[key];
  }

  function formatNumber(n) {
    try {
      return new Intl.NumberFormat(lang).format(n);
    } catch (e) {
      return String(n);
    }
  }

  // The conversation as shown, in memory only: nothing of it is written anywhere in the browser.
  var transcript = [];

  function pageLanguage() {
    return (document.documentElement.lang || "").trim() || lang;
  }

  // ---------------------------------------------------------------------------------------------------------
  // DOM: everything is built with createElement and textContent.
  // ---------------------------------------------------------------------------------------------------------
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  // A text that follows the widget's language: re-rendered by applyLanguage().
  function localized(tag, attributes, key) {
    var node = el(tag, attributes, t(key));
    node.setAttribute("data-tw-text", key);
    return node;
  }

  function addStylesheet() {
    if (document.querySelector("link[data-testimony-widget]")) {
      return;
    }
    var href;
    try {
      href = new URL("testimony-widget.css", script.src || window.location.href).href;
    } catch (e) {
      return;
    }
    var link = el("link", { rel: "stylesheet", href: href, "data-testimony-widget": "" });
    document.head.appendChild(link);
  }

  addStylesheet();

  var exitBar = el("div", { class: "tw-exit", "data-testimony-widget": "" });
  var exitHint = localized("p", { class: "tw-exit__hint" }, "leaveHint");
  var exitButton = localized("button", { type: "button", class: "tw-exit__button" }, "leave");
  exitBar.appendChild(exitHint);
  exitBar.appendChild(exitButton);

  var skipLink = localized("a", { class: "tw-skip", href: "#testimony-chat", "data-testimony-widget": "" }, "skip");

  var root = document.getElementById(targetId);
  if (!root) {
    root = el("div", { id: targetId });
    document.body.appendChild(root);
  }
  var section = el("section", { class: "tw", id: "testimony-chat", "aria-labelledby": "tw-title", tabindex: "-1" });
  var heading = localized("h2", { class: "tw-title", id: "tw-title" }, "title");
  var log = el("div", {
    class: "tw-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0",
    id: "tw-log"
  });
  var choices = el("div", { class: "tw-choices", role: "group", id: "tw-choices" });
  var typing = el("p", { class: "tw-typing", role: "status", id: "tw-typing" });
  var typingText = localized("span", {}, "typing");
  var typingDots = el("span", { class: "tw-typing__dots", "aria-hidden": "true" });
  typingDots.appendChild(el("span"));
  typingDots.appendChild(el("span"));
  typingDots.appendChild(el("span"));
  typing.appendChild(typingText);
  typing.appendChild(typingDots);
  var errorBox = el("div", { class: "tw-error", role: "alert", id: "tw-error" });
  var form = el("form", { class: "tw-form", novalidate: "" });
  var label = localized("label", { class: "tw-label", for: "tw-input" }, "label");
  var hint = localized("p", { class: "tw-hint", id: "tw-hint" }, "hint");
  var lengthNote = el("p", { class: "tw-note", id: "tw-length", "aria-live": "polite" });
  var input = el("textarea", {
    class: "tw-input", id: "tw-input", name: "message", rows: "3", autocomplete: "off", spellcheck: "true",
    dir: "auto", "aria-describedby": "tw-hint tw-length"
  });
  var sendButton = localized("button", { type: "submit", class: "tw-send" }, "send");

  section.appendChild(heading);
  section.appendChild(log);
  section.appendChild(typing);
  section.appendChild(choices);
  section.appendChild(errorBox);
  form.appendChild(label);
  form.appendChild(hint);
  form.appendChild(input);
  form.appendChild(lengthNote);
  form.appendChild(sendButton);
  section.appendChild(form);
  root.textContent = "";
  root.appendChild(section);
  document.body.insertBefore(skipLink, document.body.firstChild);
  document.body.insertBefore(exitBar, document.body.firstChild);
  typing.hidden = true;
  errorBox.hidden = true;

  function applyLanguage() {
    var dir = RTL_LANGUAGES.indexOf(lang) >= 0 ? "rtl" : "ltr";
    [section, exitBar, skipLink].forEach(function (node) {
      node.setAttribute("lang", lang);
      node.setAttribute("dir", dir);
    });
    document.querySelectorAll("[data-tw-text]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-tw-text"));
    });
    log.setAttribute("aria-label", t("log"));
    choices.setAttribute("aria-label", t("choices"));
  }

  function setLanguage(tag) {
    var code = pickLanguage(tag);
    if (baseLanguage(tag) !== code || code === lang) {
      return;
    }
    lang = code;
    applyLanguage();
    renderLog();
    updateLengthNote();
    if (!errorBox.hidden) {
      showError(lastRetry);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Transcript rendering.
  // ---------------------------------------------------------------------------------------------------------
  function messageNode(from, text, key) {
    var item = el("div", { class: "tw-msg tw-msg--" + from });
    item.appendChild(localized("span", { class: "tw-visually-hidden" }, from === "user" ? "you" : "bot"));
    var body = key ? localized("p", { class: "tw-msg__text", dir: "auto" }, key)
      : el("p", { class: "tw-msg__text", dir: "auto" }, text);
    item.appendChild(body);
    return item;
  }

  function renderLog() {
    log.textContent = "";
    log.appendChild(messageNode("bot", null, "intro"));
    transcript.forEach(function (entry) {
      log.appendChild(messageNode(entry.from, entry.text));
    });
    renderChoices();
    log.scrollTop = log.scrollHeight;
  }

  function appendEntry(entry) {
    transcript.push(entry);
    log.appendChild(messageNode(entry.from, entry.text));
    log.scrollTop = log.scrollHeight;
  }

  function currentChoices() {
    var last = transcript[transcript.length - 1];
    if (!last) {
      return [{ title: t("start"), payload: "/greet" }];
    }
    return last.from === "bot" && Array.isArray(last.buttons) ? last.buttons : [];
  }

  function renderChoices() {
    choices.textContent = "";
    if (busy) {
      choices.hidden = true;
      return;
    }
    var buttons = currentChoices();
    buttons.forEach(function (choice) {
      var button = el("button", { type: "button", class: "tw-choice", dir: "auto" }, choice.title);
      button.addEventListener("click", function () {
        sendMessage(choice.payload, choice.title, false);
      });
      choices.appendChild(button);
    });
    choices.hidden = buttons.length === 0;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Talking to Rasa.
  // ---------------------------------------------------------------------------------------------------------
  var busy = false;
  var lastRetry = null;

  // The server's session: its signed token names this conversation and nothing else. Kept in memory only.
  var session = null;

  function postJson(url, body) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;
    return fetch(url, {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (!response.ok) {
        var error = new Error("The server answered " + response.status);
        error.status = response.status;
        throw error;
      }
      return response.json();
    }).finally(function () {
      if (timer) {
        clearTimeout(timer);
      }
    });
  }

  function requestSession(body) {
    return postJson(sessionEndpoint, body).then(function (answer) {
      if (!answer || typeof answer.token !== "string") {
        throw new Error("Unexpected answer from the server");
      }
      // Renewed (same conversation) once half its life has passed, so a long pause does not end it.
      session = { token: answer.token, renewAt: Date.now() + 500 * (Number(answer.expires_in) || 0) };
      return session.token;
    });
  }

  function sessionToken() {
    if (!session) {
      return requestSession({});
    }
    if (Date.now() < session.renewAt) {
      return Promise.resolve(session.token);
    }
    return requestSession({ token: session.token }).catch(function (error) {
      if (error.status !== 400) {
        throw error;
      }
      session = null; // expired while the computer slept: the server starts a new conversation
      return requestSession({});
    });
  }

  function postMessage(message) {
    return sessionToken().then(function (token) {
      return postJson(endpoint, { sender: token, message: message, metadata: { page_language: pageLanguage() } });
    }).then(function (replies) {
      if (!Array.isArray(replies)) {
        throw new Error("Unexpected answer from the server");
      }
      return replies;
    });
  }

  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) {
      return undefined;
    }
    var clean = buttons.filter(function (b) {
      return b && typeof b.title === "string" && typeof b.payload === "string";
    }).map(function (b) {
      return { title: b.title, payload: b.payload };
    });
    return clean.length ? clean : undefined;
  }

  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    sendButton.setAttribute("aria-disabled", value ? "true" : "false");
    section.setAttribute("aria-busy", value ? "true" : "false");
  }

  function sendMessage(message, shown, fromBox) {
    if (busy || exiting) {
      return;
    }
    var choiceHadFocus = choices.contains(document.activeElement);
    hideError();
    setBusy(true);
    appendEntry({ from: "user", text: shown });
    renderChoices();
    if (choiceHadFocus) {
      input.focus({ preventScroll: true });
    }
    postMessage(message).then(function (replies) {
      if (exiting) {
        return;
      }
      setBusy(false);
      replies.forEach(function (reply) {
        if (reply && reply.custom && typeof reply.custom.language === "string") {
          setLanguage(reply.custom.language);
        }
        var text = reply && typeof reply.text === "string" ? reply.text : "";
        var buttons = cleanButtons(reply && reply.buttons);
        if (text || buttons) {
          appendEntry({ from: "bot", text: text, buttons: buttons });
        }
      });
      renderChoices();
      if (choiceHadFocus && choices.firstChild) {
        choices.firstChild.focus();
      }
    }).catch(function () {
      if (exiting) {
        return;
      }
      setBusy(false);
      // Take back the message that did not arrive; typed words go back into the box, nothing is lost.
      transcript.pop();
      renderLog();
      if (fromBox) {
        var typedSince = input.value;
        input.value = typedSince.trim() ? shown + "\n" + typedSince : shown;
        updateLengthNote();
        showError(function () { submitBox(); });
      } else {
        showError(function () { sendMessage(message, shown, false); });
      }
    });
  }

  function showError(retry) {
    lastRetry = retry;
    errorBox.textContent = "";
    errorBox.appendChild(el("p", { class: "tw-error__text" }, t("error")));
    var help = el("p", { class: "tw-error__help" });
    var parts = t("crimestoppers").split("{phone}");
    help.appendChild(document.createTextNode(parts[0]));
    var phone = el("a", { href: "tel:" + CRIMESTOPPERS.replace(/\s+/g, ""), dir: "ltr", class: "tw-phone" },
      CRIMESTOPPERS);
    help.appendChild(phone);
    help.appendChild(document.createTextNode(parts.slice(1).join("")));
    errorBox.appendChild(help);
    var again = el("button", { type: "button", class: "tw-retry" }, t("retry"));
    again.addEventListener("click", function () {
      if (lastRetry) {
        lastRetry();
      }
    });
    errorBox.appendChild(again);
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    errorBox.textContent = "";
    lastRetry = null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The message box.
  // ---------------------------------------------------------------------------------------------------------
  function characters(text) {
    return Array.from(text).length;
  }

  function updateLengthNote() {
    var count = characters(input.value);
    if (count > MAX_CHARS) {
      lengthNote.textContent = t("tooLong").replace("{count}", formatNumber(count))
        .replace("{max}", formatNumber(MAX_CHARS));
      lengthNote.hidden = false;
      input.setAttribute("aria-invalid", "true");
      return false;
    }
    lengthNote.textContent = "";
    lengthNote.hidden = true;
    input.removeAttribute("aria-invalid");
    return true;
  }

  function submitBox() {
    var text = input.value;
    if (!text.trim()) {
      input.focus();
      return;
    }
    if (!updateLengthNote()) {
      input.focus();
      return;
    }
    if (busy || exiting) {
      return;
    }
    input.value = "";
    sendMessage(text, text, true);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitBox();
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      submitBox();
    }
  });

  input.addEventListener("input", function () {
    if (!lengthNote.hidden) {
      updateLengthNote();
    } else if (characters(input.value) > MAX_CHARS) {
      updateLengthNote();
    }
  });

  skipLink.addEventListener("click", function (event) {
    event.preventDefault();
    section.scrollIntoView({ block: "start" });
    input.focus();
  });

  // ---------------------------------------------------------------------------------------------------------
  // Quick exit: "Leave this site" and the Escape key.
  // ---------------------------------------------------------------------------------------------------------
  var exiting = false;

  function quickExit() {
    if (exiting) {
      return;
    }
    exiting = true;
    if (session) {
      // Fire and forget; keepalive lets it finish after the page is gone. A CORS-safelisted content type keeps
      // it a "simple" request (no preflight), which browsers send reliably while unloading; Rasa reads the
      // JSON body whatever the content type says.
      try {
        fetch(endpoint, {
          method: "POST",
          mode: "no-cors",
          keepalive: true,
          credentials: "omit",
          cache: "no-store",
          referrerPolicy: "no-referrer",
          headers: { "Content-Type": "text/plain;charset=UTF-8" },
          body: JSON.stringify({ sender: session.token, message: "/delete_everything", metadata: { page_language: pageLanguage() } })
        }).catch(function () { /* nothing to do: we are leaving */ });
      } catch (e) { /* leaving anyway */ }
    }
    session = null;
    transcript = [];
    input.value = "";
    log.textContent = "";
    choices.textContent = "";
    section.hidden = true;
    window.location.replace(exitUrl);
  }

  exitButton.addEventListener("click", quickExit);
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && !event.isComposing) {
      event.preventDefault();
      quickExit();
    }
  }, true);

  // ---------------------------------------------------------------------------------------------------------
  // Start: always afresh, nothing is kept between pages.
  // ---------------------------------------------------------------------------------------------------------
  applyLanguage();
  renderLog();
  lengthNote.hidden = true;
  updateLengthNote();

  window.testimonyWidget = {
    version: "1",
    language: function () { return lang; },
    strings: function () { return JSON.parse(JSON.stringify(STRINGS)); },
    leave: quickExit
  };
})();
