# ديوان — العربية. كل معرّف هنا موجود أيضًا في fr/ و en/ (مختبَر).

app-name = ديوان
app-tagline = تخطيط المحتوى للبعثات الدبلوماسية

## الإطار

workspace-switch-label = مساحات العمل
workspace-desk = التقويم
workspace-translation = الترجمة
workspace-approvals = الاعتمادات
workspace-audit = سجل التدقيق
workspace-reports = التقارير
workspace-settings = الإعدادات
workspace-coming = هذه المساحة قيد الإنشاء؛ يضم التقويم كل ما يعمل اليوم.
variant-state-missing = مفقودة
variant-state-draft = مسودة
variant-state-translated = مترجمة
variant-state-stale = قديمة
variant-state-approved = معتمدة
translation-need-missing = للترجمة
translation-need-draft = غير مكتملة
translation-need-stale = تغيّر المصدر
translation-need-sent-back = أُعيدت
translation-queue-title = للترجمة
translation-queue-count = { $count ->
    [zero] لا شيء في الانتظار
    [one] نص واحد في الانتظار
    [two] نصان في الانتظار
    [few] { $count } نصوص في الانتظار
    [many] { $count } نصاً في الانتظار
   *[other] { $count } نص في الانتظار
}
translation-queue-empty = لا شيء ينتظرك هنا.
translation-filter-mission = البعثة
translation-filter-due-by = الموعد الأقصى
translation-overdue = متأخر
translation-pick = اختر نصاً من القائمة.
translation-item-title = المنشور رقم { $id } باللغة { $language }
translation-source = المصدر ({ $language })
translation-target = الترجمة ({ $language })
translation-source-changed = ما تغيّر في المصدر منذ ترجمته
translation-glossary = المسرد
translation-do-not-translate = لا يُترجم
translation-memory = ذاكرة الترجمة
translation-memory-none = لا تطابق في الذاكرة.
translation-match-score = مدى قرب المصدر المحفوظ
translation-insert = إدراج ({ $n })
translation-checks = الفحوص
translation-checks-ok = اجتازت الترجمة كل الفحوص.
translation-overridden = تجاوز { $by } الفحوص:
translation-override-reason = لماذا لا تنطبق هذه الفحوص (يُحفظ للمراجع)
translation-done-anyway = إنهاء رغم الفحوص
translation-done = تمّ
translation-not-yours = لا تترجم إلى هذه اللغة في هذه البعثة.
translation-marked-done = عُلّم المنشور رقم { $id } ({ $language }) مترجَماً.
approvals-queue-count = { $count ->
    [zero] لا شيء للمراجعة
    [one] منشور واحد للمراجعة
    [two] منشوران للمراجعة
    [few] { $count } منشورات للمراجعة
    [many] { $count } منشوراً للمراجعة
   *[other] { $count } منشور للمراجعة
}
review-queue-title = للاعتماد
review-queue-empty = لا شيء ينتظر اعتمادك.
review-pick = اختر منشوراً من القائمة.
review-title = المنشور رقم { $id }
review-changed-since = ما تغيّر منذ آخر اطلاع لك ({ $date })
review-unchanged-since = لم يتغيّر شيء منذ آخر اطلاع لك ({ $date }).
review-moved-from = نُقل من { $from } إلى { $to }.
review-crisis = أزمة
review-step = المرحلة { $step } من { $steps }، { $needed ->
    [zero] لا يلزم اعتماد آخر
    [one] يلزم اعتماد واحد بعد
    [two] يلزم اعتمادان بعد
    [few] يلزم { $needed } اعتمادات بعد
    [many] يلزم { $needed } اعتماداً بعد
   *[other] يلزم { $needed } اعتماد بعد
}
review-step-short = المرحلة { $step }/{ $steps }
review-approved-by = اعتمده { $user } (المرحلة { $step })
review-approve = اعتماد
review-fast-track = اعتماد معجّل (أزمة)
review-reason = سبب الرفض (يقرؤه المحرّر)
review-reject = رفض
review-has-overrides = فحوص متجاوَزة
review-not-yours = ليس لك اعتماده
review-decided = أصبح المنشور رقم { $id }: { $state }.
review-approve-chosen = { $count ->
    [zero] لا منشور محدد
    [one] اعتمد المنشور المحدد
    [two] اعتمد المنشورين المحددين
    [few] اعتمد المنشورات الـ{ $count } المحددة
    [many] اعتمد الـ{ $count } منشوراً المحددة
   *[other] اعتمد الـ{ $count } منشور المحددة
}
review-choose = حدّد المنشور رقم { $id } لاعتماده مع غيره
publish-title = تعليم المنشور منشوراً
publish-url = عنوان المنشور على المنصة
publish-mark = علّمه منشوراً
publish-now-title = انشر الآن
publish-now-hint = انسخ النص المعتمد لكل حساب كما هو، وافتح المنصة، وأرفق الصور، ثم سجّل عنوان المنشور.
publish-now-open = { $count ->
        [zero] انشر الآن ({ $count })
        [one] انشر الآن (منشور واحد)
        [two] انشر الآن (منشوران)
        [few] انشر الآن ({ $count } منشورات)
        [many] انشر الآن ({ $count } منشورًا)
       *[other] انشر الآن ({ $count } منشور)
    }
publish-now-empty = لا شيء للنشر الآن.
publish-now-post = المنشور رقم { $id } · { $mission } · { $time }
publish-now-overdue = متأخر
publish-now-copy = انسخ النص
publish-now-copied = نُسخ
publish-now-copy-failed = تعذّر نسخ النص إلى الحافظة؛ حدّده وانسخه يدويًا.
publish-now-compose = افتح { $platform }
publish-now-media = الصور المطلوب إرفاقها مع نصها البديل
publish-now-held = منشورات أُوقفت بعد جدولتها
qa-check-links = الروابط
qa-check-hashtags = الوسوم
qa-check-mentions = الإشارات
qa-check-numbers = الأعداد
qa-check-glossary = المسرد
qa-check-limit = الطول الأقصى
qa-check-same-as-source = مطابقة للمصدر
qa-check-french-spacing = المسافات الفرنسية
qa-check-arabic-punctuation = علامات الترقيم العربية
qa-check-tatweel = التطويل
qa-check-bidi-controls = علامات الاتجاه
qa-check-digits = الأرقام
qa-check-language = اللغة
glossary-title = مسرد الوزارة
glossary-hint = أسماء المسؤولين وألقابهم والبلدان والمؤسسات والعبارات الثابتة باللغات الثلاث. يرى المترجمون المصطلحات بجانب المصدر، وتُلزم الفحوصُ الترجماتِ بها.
glossary-ar = العربية
glossary-fr = الفرنسية
glossary-en = الإنجليزية
glossary-note = ملاحظة
glossary-add = أضف المصطلح
glossary-remove = احذف
settings-digits = الأرقام في الواجهة العربية
settings-digits-hint = كيف تُكتب الأعداد والتواريخ والعدّادات عندما تكون الواجهة بالعربية. تستخدم الفرنسية والإنجليزية الأرقام اللاتينية دائماً.
settings-digits-latin = أرقام لاتينية (0123)
settings-digits-arabic-indic = أرقام هندية (٠١٢٣)
settings-spelling = الإملاء
settings-spelling-check = وضع خط تحت الكلمات الخاطئة أثناء الكتابة (العربية، الفرنسية، الإنجليزية)
settings-spelling-hint = يُدقَّق كل حقل بلغة نصه؛ انقر بالزر الأيمن على الكلمة المسطَّرة لعرض الاقتراحات.
settings-hijri = التاريخ الهجري
settings-hijri-show = عرض التاريخ الهجري (أم القرى) لكل يوم بجانب التاريخ الميلادي
settings-hijri-hint = مفعّل أولًا في الواجهة العربية. ويُظهر التقويم أيضًا المناسبات الإسلامية وعطلات البلد المضيف والبلد الأم.
calendar-layers = إظهار في التقويم
calendar-layer-religious = المناسبات الإسلامية
calendar-layer-host = عطلات البلد المضيف
calendar-layer-home = عطلات البلد الأم
calendar-layer-ministry = أيام الوزارة
hijri-month-1 = محرم
hijri-month-2 = صفر
hijri-month-3 = ربيع الأول
hijri-month-4 = ربيع الآخر
hijri-month-5 = جمادى الأولى
hijri-month-6 = جمادى الآخرة
hijri-month-7 = رجب
hijri-month-8 = شعبان
hijri-month-9 = رمضان
hijri-month-10 = شوال
hijri-month-11 = ذو القعدة
hijri-month-12 = ذو الحجة
link-confirm-title = أتفتح هذا الرابط في المتصفح؟
link-confirm-host = يؤدي إلى
link-confirm-open = فتح في المتصفح
link-open-hint = يعرض العنوان كاملًا قبل فتحه
sign-in-set-up-title = إعداد ديوان
sign-in-set-up-intro = لا يستطيع أحد تسجيل الدخول بعد. اختر المسؤول الأول: يدير كل البعثات هنا ويمنح الآخرين عبارات مرور لمرة واحدة.
sign-in-set-up-submit = إنشاء وتسجيل الدخول
sign-in-sign-in-title = تسجيل الدخول
sign-in-sign-in-submit = دخول
sign-in-unlock-title = ديوان مقفل
sign-in-locked-by = أقفله
sign-in-unlock-submit = فتح القفل
sign-in-change-title = اختر عبارة مرورك
sign-in-change-intro = دخلت بعبارة مرور لمرة واحدة. اختر عبارتك الخاصة قبل المتابعة؛ لن يعرفها أحد غيرك.
sign-in-change-submit = حفظ ومتابعة
sign-in-name = اسم الدخول
sign-in-display-name = الاسم كما يراه الآخرون
sign-in-passphrase = عبارة المرور
sign-in-new-passphrase = عبارة المرور الجديدة
sign-in-passphrase-again = عبارة المرور الجديدة مرة أخرى
sign-in-passphrase-hint = ١٢ حرفًا على الأقل؛ بضع كلمات تتذكرها تكفي.
sign-in-passphrases-differ = عبارتا المرور مختلفتان.
sign-in-switch = الدخول باسم شخص آخر
session-signed-in-as = المستخدم:
session-lock = قفل
session-lock-key = اقفل الآن (Ctrl+L)
session-sign-out = تسجيل الخروج
settings-sign-in = تسجيل الدخول
settings-change-passphrase = تغيير عبارة مروري
settings-old-passphrase = عبارة المرور الحالية
settings-idle-lock = يُقفل بعد هذا العدد من دقائق الخمول
settings-one-time = عبارة مرور لمرة واحدة
settings-one-time-hint = سلّمها للشخص على انفراد؛ يختار عبارته الخاصة عند أول دخول.
settings-one-time-person = الشخص
settings-one-time-passphrase = عبارة المرور لمرة واحدة
settings-one-time-give = منح
settings-sign-in-changed = تغيّرت عبارة مرورك.
settings-sign-in-idle = حُفظ القفل التلقائي.
settings-sign-in-given = أصبحت لدى { $name } عبارة مرور لمرة واحدة.
settings-encrypt = تشفير قاعدة البيانات هذه
settings-encrypt-hint = قاعدة البيانات هذه غير مشفّرة: من يستطيع قراءة ملفها يقرأ كل المنشورات. يحتفظ التشفير بنسخة غير مشفّرة جانبًا (احذفها بعد التحقق)؛ وسيحتاج الآخرون بعد ذلك إلى عبارة مرور لمرة واحدة منك.
settings-encrypting = جارٍ تشفير نسخة من قاعدة البيانات كلها ثم التحقق منها: يستغرق الملف الكبير دقائق. أبقِ التطبيق مفتوحًا.
settings-encrypted-aside = تم التشفير. النسخة غير المشفّرة، لتحذفها بعد التحقق: 
settings-sign-in-encrypted = قاعدة البيانات مشفّرة.
settings-backups = النسخ الاحتياطية اليومية
settings-backups-hint = ينسخ ديوان قاعدة البيانات مرة في اليوم، حين يكون مفتوحًا، إلى هذا المجلد، ويحتفظ بنسخ الأيام الأخيرة. انسخها إلى قرص آخر أيضًا: النسخة على القرص نفسه تضيع معه.
settings-backups-days = عدد الأيام المحفوظة
settings-backups-newest = أحدث نسخة: { $day }
settings-backups-none = لا توجد نسخة بعد.
settings-backups-saved = حُفظ.
ministry-days-title = أيام الوزارة
ministry-days-hint = الأيام الدولية والذكريات وأيام الحداد التي تحييها الوزارة: طبقة في تقويم كل بعثة، ويجعل يوم الحداد كل منشور غير رسالة الأزمة تحذيرًا. يستبدل المسؤولون القائمة من ملف CSV ‏(date,kind,ar,fr,en؛ والتاريخ MM-DD كل عام أو YYYY-MM-DD مرة واحدة).
ministry-days-import = الاستبدال من ملف CSV…
ministry-days-export = الحفظ بصيغة CSV…
ministry-days-none = لا أيام في القائمة بعد.
ministry-days-date = التاريخ
ministry-days-kind = النوع
ministry-days-name = الاسم
ministry-day-kind-international = يوم دولي
ministry-day-kind-anniversary = ذكرى
ministry-day-kind-mourning = يوم حداد
composer-hijri = التاريخ الهجري: { $date }
warning-title = تحذيرات
warning-conflict = منشور آخر (رقم { $post }) يُنشر على الحساب نفسه على بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} من هذا.
warning-blackout = في فترة حظر للبعثة: { $reason }
warning-duplicate = النص نفسه (المنشور رقم { $post }) يُنشر على الحساب نفسه خلال { 14 } يومًا.
warning-overdue = مرّ موعده دون اعتماد.
warning-national-day = منشور اعتيادي في يوم وطني للبلد المضيف: { $name }.
warning-mourning-day = يوم حداد في قائمة الوزارة: { $name }.
warning-celebratory-in-crisis = كُتب من القالب الاحتفالي «{ $template }» في ساعة تشملها أزمة: { $reason }.
settings-hub = مركز الفريق
settings-hub-hint = صِل هذا الحاسوب بمركز فريق وزارتك: منه تأتي بعثاتك وزملاؤك بأدوارهم، ويبقى بإمكانك تسجيل الدخول هنا حين يتعذّر الوصول إليه.
settings-hub-url = عنوان المركز
settings-hub-passphrase = عبارة مرورك في المركز
settings-hub-connect = صِل
settings-hub-connected-to = موصول بـ
settings-hub-people = الموصولون من هذا الحاسوب:
settings-hub-connect-me = أنت ({ $name }) غير موصول بالمركز من هذا الحاسوب: ما تفعله هنا ينتظر حتى تتصل بعبارة مرورك على المركز.
list-separator = {"، "}
settings-hub-last-sync = آخر مزامنة { $at }: { $pulled ->
    [zero] لم يصل أي تغيير.
    [one] وصل تغيير واحد.
    [two] وصل تغييران.
    [few] وصلت { $pulled } تغييرات.
    [many] وصل { $pulled } تغييرًا.
   *[other] وصل { $pulled } تغيير.
}
hub-sync-now = زامِن الآن
hub-syncing = المركز: جارٍ المزامنة…
hub-synced = المركز: محدَّث ({ $at })
hub-offline = المركز: تعذّر الوصول منذ { $since }؛ عملك هنا محفوظ
hub-signed-out = المركز: على هذا الحاسوب تسجيل الدخول من جديد
hub-refused = المركز: رفض (انظر الإعدادات)
hub-not-connected-as-you = غير موصول باسمك
hub-waiting = { $count ->
    [zero] لا تعديلات للإرسال
    [one] تعديل واحد للإرسال
    [two] تعديلان للإرسال
    [few] { $count } تعديلات للإرسال
    [many] { $count } تعديلًا للإرسال
   *[other] { $count } تعديل للإرسال
}
hub-conflicts-open = { $count ->
    [zero] لا تعارضات
    [one] تعارض واحد
    [two] تعارضان
    [few] { $count } تعارضات
    [many] { $count } تعارضًا
   *[other] { $count } تعارض
}
conflicts-title = تعديلات رفضها مركز الفريق
conflicts-intro = عدّل شخص آخر هذه المنشورات قبلك، أو رفضت قواعد المركز التعديل. ما كتبته محفوظ هنا: أعد تطبيقه على المنشور كما هو الآن، أو اتركه ودع نسخة المركز قائمة. لا يُدمج شيء من دونك.
conflicts-empty = لا شيء مرفوض: كل التعديلات التي أُجريت هنا موجودة في المركز.
conflict-kind-create = منشور جديد
conflict-kind-edit-text = تعديل النص
conflict-kind-reschedule = تغيير الموعد
conflict-kind-retarget = تغيير الحسابات
conflict-kind-submit = إحالة
conflict-kind-mark-translated = اعتماد الترجمة
conflict-kind-approve = موافقة
conflict-kind-reject = رفض
conflict-kind-schedule = جدولة
conflict-kind-publish = تسجيل النشر
conflict-kind-declare-crisis = إعلان أزمة
conflict-kind-end-crisis = إنهاء أزمة
conflict-kind-set-policy = ضبط سياسة الاعتماد
conflict-kind-add-comment = تعليق
conflict-kind-resolve-comment = تعليق محلول
conflict-kind-attach-media = صورة مرفقة
conflict-kind-remove-media = صورة أُزيلت
conflict-kind-set-media-alt = وصف صورة
conflict-kind-unknown = تعديل
conflict-by = من { $name }، { $at }
conflict-post = المنشور رقم { $id } على هذا الحاسوب:
conflict-redo = أعد التطبيق على المنشور الحالي
conflict-drop = اترك
policies-title = قواعد الموافقة
policies-hint = من يوافق على منشورات كل فئة، خطوة بخطوة؛ لا يوافق الشخص الواحد إلا على خطوة واحدة من المنشور. الفئة التي لا قاعدة لها لا يمكن اعتماد منشوراتها. يُسجَّل كل تغيير في سجل التدقيق.
policies-read-only = من يوافق على منشورات كل فئة، خطوة بخطوة. لا يغيّر هذه القواعد إلا المشرفون على النظام.
policies-none = لا قاعدة: لا يمكن اعتماد أي منشور في هذه الفئة.
policy-edit = تغيير
policy-step-number = الخطوة { $n }
policy-step-line = الخطوة { $n }: { $who }
policy-step-role = أيّ { $role }
policy-step-any = أحد هؤلاء: { $names }
policy-step-all = كلّ هؤلاء: { $names }
policy-who = من يوافق
policy-kind-any = أحد هؤلاء الأشخاص
policy-kind-all = كلّ هؤلاء الأشخاص
policy-names = الأسماء، مفصولة بفواصل
policy-add-step = إضافة خطوة
policy-remove-step = حذف الخطوة { $n }
policy-fast-track-label = في الأزمات، يمكن لشخص واحد الموافقة على كل الخطوات دفعة واحدة
policy-fast-track = المسار المستعجل: { $who }
policy-fast-track-none = لا مسار مستعجل
policy-updated = ضبطها { $name } في { $date }
policy-default = القاعدة الافتراضية للوزارة، منذ { $date }
crisis-title = وضع الأزمة
crisis-open = إعلان أزمة…
crisis-missions = البعثات المعنية بالأزمة
crisis-from = تعليق المنشورات العادية من
crisis-to = إلى
crisis-clock-hint = بتوقيت البعثة الأولى في ترتيب الرموز. تُعلَّق المنشورات العادية المقررة في هذه الفترة؛ وتستمر منشورات الأزمة، في مقدمة كل الطوابير.
crisis-reason = السبب
crisis-declare = إعلان الأزمة
crisis-active = أزمة في { $missions }
crisis-window = المنشورات العادية معلَّقة من { $from } إلى { $to }
crisis-paused-count = { $count ->
    [zero] لا منشور معلَّق.
    [one] منشور واحد معلَّق: حدِّد مصيره عند انتهاء الأزمة.
    [two] منشوران معلَّقان: حدِّد مصير كل منهما عند انتهاء الأزمة.
    [few] { $count } منشورات معلَّقة: حدِّد مصير كل منها عند انتهاء الأزمة.
    [many] { $count } منشورًا معلَّقًا: حدِّد مصير كل منها عند انتهاء الأزمة.
   *[other] { $count } منشور معلَّق: حدِّد مصير كل منها عند انتهاء الأزمة.
}
crisis-resolution-for = مصير المنشور { $id }
crisis-resolution-resume = الاستئناف كما كان مقررًا
crisis-resolution-reschedule = التأجيل إلى ما بعد الأزمة
crisis-resolution-to-draft = الإعادة إلى المسودة
crisis-end = إنهاء الأزمة
blackout-title = فترات الحظر وأيام الحداد
blackout-hint = حدِّد حدادًا وطنيًا أو صمتًا انتخابيًا: يُنبَّه إلى كل منشور مخطَّط في تلك الأيام من تقويم البعثة.
blackout-open = تحديد أيام…
blackout-mission = البعثة
blackout-first-day = من
blackout-last-day = إلى (ضمنًا)
blackout-reason = السبب
blackout-mark = تحديد هذه الأيام
blackout-days = من { $first } إلى { $last }
blackout-lift = رفع
blackout-lift-label = رفع فترة حظر { $mission }، { $days }
blackout-none = لا فترات حظر قادمة.
blackout-lifted = رُفعت الفترة: { $reason }
blackout-undo = تراجع
post-paused = معلَّق (أزمة)
mission-selector-label = البعثة
mission-selector-empty = لا توجد بعثة بعد
time-zone-label = المنطقة الزمنية: { $zone }
language-switch-label = لغة الواجهة
language-name-ar = العربية
language-name-fr = Français
language-name-en = English
missions-count = { $count ->
    [zero] لا توجد بعثات
    [one] بعثة واحدة
    [two] بعثتان
    [few] { $count } بعثات
    [many] { $count } بعثة
   *[other] { $count } بعثة
}

## الحالة الفارغة

empty-title = ابدأ ببعثة
empty-body = يخطّط ديوان المنشورات بعثةً بعثة، كلٌّ في منطقتها الزمنية. أضف بعثة نموذجية لتتعرّف على التطبيق، أو أعدّ بعثتك.
action-add-sample = إضافة بعثة نموذجية
action-setup-mission = إعداد بعثتي
notice-mission-added = أُضيفت { $name }.
notice-review = المنشور رقم { $id } ينتظر مراجعتك.
notice-translation = المنشور رقم { $id } ينتظر ترجمتك.
notice-overdue = المنشور رقم { $id } متأخر: فات موعده دون اعتماد.
notice-publish = المنشور رقم { $id }: حان موعده. انشره الآن.
notice-publish-overdue = المنشور رقم { $id } متأخر عن موعد نشره: مرّ موعده وديوان مغلق.
notice-publish-held-crisis = حان موعد المنشور رقم { $id } لكن أزمةً علّقته: لا تنشره.
notice-publish-held-approval-withdrawn = حان موعد المنشور رقم { $id } لكنه عُدّل بعد اعتماده: لا تنشره قبل اعتماده من جديد.
notice-review-many = { $count ->
    [zero] لا منشورات تنتظر مراجعتك.
    [one] منشور واحد ينتظر مراجعتك.
    [two] منشوران ينتظران مراجعتك.
    [few] { $count } منشورات تنتظر مراجعتك.
    [many] { $count } منشوراً تنتظر مراجعتك.
   *[other] { $count } منشور تنتظر مراجعتك.
}
notice-translation-many = { $count ->
    [zero] لا منشورات تنتظر ترجمتك.
    [one] منشور واحد ينتظر ترجمتك.
    [two] منشوران ينتظران ترجمتك.
    [few] { $count } منشورات تنتظر ترجمتك.
    [many] { $count } منشوراً تنتظر ترجمتك.
   *[other] { $count } منشور تنتظر ترجمتك.
}
notice-overdue-many = { $count ->
    [zero] لا منشورات متأخرة.
    [one] منشور واحد متأخر: فات موعده دون اعتماد.
    [two] منشوران متأخران: فات موعدهما دون اعتماد.
    [few] { $count } منشورات متأخرة: فات موعدها دون اعتماد.
    [many] { $count } منشوراً متأخراً: فات موعدها دون اعتماد.
   *[other] { $count } منشور متأخر: فات موعدها دون اعتماد.
}
notice-publish-many = { $count ->
    [zero] لا منشورات حان موعدها.
    [one] حان موعد منشور واحد. انشره الآن.
    [two] حان موعد منشورَين. انشرهما الآن.
    [few] حان موعد { $count } منشورات. انشرها الآن.
    [many] حان موعد { $count } منشوراً. انشرها الآن.
   *[other] حان موعد { $count } منشور. انشرها الآن.
}
notice-publish-overdue-many = { $count ->
    [zero] لا منشورات متأخرة عن موعد نشرها.
    [one] منشور واحد متأخر عن موعد نشره: مرّ موعده وديوان مغلق.
    [two] منشوران متأخران عن موعد نشرهما: مرّ موعدهما وديوان مغلق.
    [few] { $count } منشورات متأخرة عن موعد نشرها: مرّ موعدها وديوان مغلق.
    [many] { $count } منشوراً متأخراً عن موعد نشره: مرّ موعدها وديوان مغلق.
   *[other] { $count } منشور متأخر عن موعد نشره: مرّ موعدها وديوان مغلق.
}
notice-publish-held-crisis-many = { $count ->
    [zero] لا منشورات علّقتها أزمة.
    [one] حان موعد منشور واحد لكن أزمةً علّقته: لا تنشره.
    [two] حان موعد منشورَين لكن أزمةً علّقتهما: لا تنشرهما.
    [few] حان موعد { $count } منشورات لكن أزمةً علّقتها: لا تنشرها.
    [many] حان موعد { $count } منشوراً لكن أزمةً علّقتها: لا تنشرها.
   *[other] حان موعد { $count } منشور لكن أزمةً علّقتها: لا تنشرها.
}
notice-publish-held-approval-withdrawn-many = { $count ->
    [zero] لا منشورات عُدّلت بعد اعتمادها.
    [one] حان موعد منشور واحد لكنه عُدّل بعد اعتماده: لا تنشره قبل اعتماده من جديد.
    [two] حان موعد منشورَين لكنهما عُدّلا بعد اعتمادهما: لا تنشرهما قبل اعتمادهما من جديد.
    [few] حان موعد { $count } منشورات لكنها عُدّلت بعد اعتمادها: لا تنشرها قبل اعتمادها من جديد.
    [many] حان موعد { $count } منشوراً لكنها عُدّلت بعد اعتمادها: لا تنشرها قبل اعتمادها من جديد.
   *[other] حان موعد { $count } منشور لكنها عُدّلت بعد اعتمادها: لا تنشرها قبل اعتمادها من جديد.
}
notice-dismiss = إغلاق
export-title = التسليم للنشر
export-hint = الجدول المعتمد لهذه الأيام، لأدوات النشر: المنشورات المعتمدة أو المجدولة فقط، دون المعلَّقة أبدًا.
export-from = من
export-to = إلى (ضمنًا)
export-format-ics = iCalendar
export-format-csv = CSV
export-dialog-title = حفظ الجدول المعتمد بصيغة { $format }
export-saved = حُفظ في { $path }

## المكتب: الأشخاص والتقويم والتحرير

action-new-post = منشور جديد
filters-label = عرض
filter-state = الحالة
filter-category = الفئة
filter-language = اللغة
calendar-shown-in = معروض باللغة { $language }
filter-platform = المنصة
filter-account = الحساب
colour-by-label = التلوين
colour-by-state = حسب الحالة
colour-by-category = حسب الفئة
legend-label-category = الألوان حسب الفئة
filter-all = الكل
legend-label = الألوان حسب الحالة
post-state-draft = مسودة
post-state-in-translation = قيد الترجمة
post-state-in-review = قيد المراجعة
post-state-approved = معتمد
post-state-scheduled = مجدول
post-state-published = منشور
post-state-rejected = مرفوض
role-drafter = ملحق صحفي (تحرير)
role-translator = مترجم
role-supervisor = مشرف
role-admin = مسؤول النظام
category-announcement = إعلان رسمي
category-protocol = مراسم
category-national-occasion = مناسبة وطنية
category-culture = ثقافة
category-consular = شؤون قنصلية
category-economy = اقتصاد
category-crisis = أزمة
category-counter-disinformation = مكافحة التضليل
category-interactive-session = جلسة تفاعلية
verification-unverified = غير موثّق
verification-verified = موثّق
verification-revoked = سُحب التوثيق
notice-post-moved = نُقل المنشور إلى { $to }.
action-undo = تراجع (Ctrl+Z)
composer-title = منشور جديد
composer-title-existing = المنشور رقم { $id }
save-status-new = لم يُحفظ بعد
save-status-saving = جارٍ الحفظ…
save-status-saved = محفوظ
save-status-unsaved = تعديلات غير محفوظة
save-status-error = لم يُحفظ
action-close = إغلاق
action-done = تم
comments-title = التعليقات
comments-none = لا تعليقات بعد.
comments-placeholder = أضف تعليقًا للفريق
comments-add = علّق
comments-resolve = تعليم كمحلول
comments-resolved-by = حلّها { $name }
composer-template = القالب
composer-use-template = استخدام
templates-title = القوالب
templates-hint = يُملأ { "{ $mission }" } و{ "{ $date }" } تلقائيًا؛ ويبقى غيرهما ليستبدله المحرر.
templates-name = الاسم
templates-body = النص
media-title = الصور
media-attach = إرفاق صور
media-alt = النص البديل ({ $language })
media-remove = إزالة { $name }
media-changes-approval = تغيير صورة أو نصها البديل يسحب الموافقة على المنشور، مثل أي تعديل.
media-none = لا صور.
media-alt-missing = غير موجود
composer-accounts = الحسابات
composer-category = الفئة
composer-source-language = لغة الكتابة
composer-date = اليوم
composer-time = الوقت
composer-text = النص
composer-over-limit = يتجاوز الحد
composer-note = ملاحظة داخلية (لا تُنشر)
composer-crisis = أولوية أزمة

## إعداد بعثة

setup-title = إعداد بعثتي
setup-code = رمز البعثة
setup-code-hint = حروف لاتينية وأرقام في مجموعات، مثل DZ-FR-PAR
setup-name-ar = الاسم بالعربية
setup-name-fr = الاسم بالفرنسية
setup-name-en = الاسم بالإنجليزية
setup-kind = النوع
setup-country = بلد الاعتماد (رمز ISO)
setup-country-hint = حرفان، مثل FR
setup-time-zone = المنطقة الزمنية
setup-languages = لغات العمل
setup-languages-hint = رموز اللغات مفصولة بفواصل، مثل ar, fr, en
action-save = حفظ
action-cancel = إلغاء
action-stop = إيقاف
mission-kind-ministry = وزارة
mission-kind-embassy = سفارة
mission-kind-consulate = قنصلية
mission-kind-permanent-representation = بعثة دائمة

## سطر الأوامر

cli-init-done = قاعدة البيانات جاهزة: { $path } (إصدار المخطط { $version }).
cli-missions-empty = لا توجد بعثات بعد. أضف بعثة في التطبيق، أو شغّل «diwan demo».
cli-no-database-path = لم يُحدَّد ملف قاعدة البيانات ولم يُعثر على مجلد المستخدم: مرّر ‎--db FILE‎ أو عيّن DIWAN_DB.
cli-error = خطأ: { $message }

## الأخطاء

error-mission-code-invalid = «{ $code }» ليس رمز بعثة صالحًا: استخدم حروفًا لاتينية وأرقامًا في أربع مجموعات على الأكثر يفصل بينها «-»، مثل DZ-FR-PAR.
error-mission-name-missing = الاسم { $language ->
    [ar] العربي
    [fr] الفرنسي
   *[en] الإنجليزي
} ناقص.
error-mission-name-too-long = الاسم { $language ->
    [ar] العربي
    [fr] الفرنسي
   *[en] الإنجليزي
} أطول من { $max ->
    [zero] صفر حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-mission-kind-unknown = «{ $kind }» ليس نوعًا من أنواع البعثات.
error-mission-country-unknown = «{ $country }» ليس رمز بلد وفق ISO 3166.
error-mission-time-zone-unknown = «{ $zone }» ليست منطقة زمنية معروفة.
error-mission-language-invalid = «{ $language }» ليس رمز لغة مثل ar أو fr أو en.
error-mission-no-language = تحتاج البعثة إلى لغة عمل واحدة على الأقل.
error-mission-exists = توجد بالفعل بعثة رمزها { $code }.
error-mission-not-found = لا توجد بعثة رمزها { $code }.
error-local-time-needs-mission = «{ $at }» وقت محلي: حدّد ساعة أي بعثة (‎--mission CODE‎)، أو أعطِ لحظة مثل ‎2026-12-05T09:00:00Z‎.
error-upload-malformed = وصلت الصورة دون منشورها أو اسم ملفها؛ لم يُرفق شيء. حاول مجددًا، وأبلغ عن ذلك إن تكرر.
error-cancelled = توقّف العمل قبل نهايته كما طلبت. لم يتغيّر شيء.
error-hub-database = تعذّر الوصول إلى قاعدة بيانات مركز الفريق أو رفضت العملية: { $detail }
error-hub-not-hub = تحوي قاعدة PostgreSQL هذه جداول ليست للمركز. خصّص للمركز قاعدة بيانات مستقلة.
error-hub-too-new = قاعدة بيانات المركز على المخطط { $found }، وهو أحدث من هذا المركز ({ $supported }). حدّث المركز.
error-hub-not-initialised = جداول المركز على المخطط { $found }، وهذا المركز يحتاج المخطط { $supported }. شغّل «diwan-hub init» أولًا.
error-hub-person-exists = { $name } موجود في المركز من قبل.
error-hub-person-unknown = لا أحد باسم { $name } في المركز.
error-hub-account-exists = الحساب { $handle } موجود في المركز من قبل.
error-hub-token-refused = لم يعد هذا الحاسوب متصلًا بمركز الفريق (خرج أو أُلغي). سجّل الدخول من جديد.
error-hub-audit-broken = سجل التدقيق في المركز منقطع عند الحدث { $seq }.
error-hub-no-database-url = لا قاعدة بيانات للمركز: أعطِ ‎--pg URL‏ أو عرّف DIWAN_HUB_PG.
error-hub-listen = لا يستطيع المركز الاستماع على { $address }: { $detail }
error-hub-tls = لا يمكن استعمال شهادة المركز أو مفتاحها: { $detail }
error-hub-no-randomness = تعطّل مصدر العشوائية في النظام: لم يتغير شيء.
error-hub-no-passphrase = تعذّرت قراءة عبارة المرور ({ $detail })؛ عرّف DIWAN_HUB_PASSPHRASE.
error-hub-address = «{ $url }» ليس عنوان مركز فريق يستعمله ديوان: أعطِ https://… (و http العادي إلى هذا الحاسوب نفسه فقط).
error-hub-unreachable = تعذّر الوصول إلى مركز الفريق في { $url }: { $detail }. عملك هنا محفوظ؛ زامِن لاحقًا.
error-hub-refused = رفض مركز الفريق برمز «{ $code }» لا يعرفه إصدار ديوان هذا: حدّث ديوان.
error-hub-not-connected = قاعدة البيانات هذه غير موصولة بمركز فريق: صِلها أولًا (diwan connect URL).
error-hub-no-missions = لا يحمل { $name } أي دور في أي بعثة على مركز الفريق، فلا شيء يُجلب إلى هنا بعد: اطلب دورًا من مسؤول المركز. لم يتغير شيء.
error-sync-decided-on-old-content = تغيّر محتوى المنشور في مركز الفريق بعد قرارك: راجعه من جديد قبل الاعتماد أو الرفض.
error-sync-edited-meanwhile = غيّر شخص آخر محتوى هذا المنشور في مركز الفريق في الأثناء. نصّك محفوظ هنا: أعد تعديلك على نصّه أو تخلَّ عنه.
error-sync-decided-meanwhile = اعتُمد هذا المنشور أو رُفض في مركز الفريق في الأثناء، فلم يُطبَّق تعديلك. نصّك محفوظ هنا: أعده (ويحتاج المنشور عندئذ إلى اعتماد جديد) أو تخلَّ عنه.
error-sync-moved-meanwhile = نقل شخص آخر هذا المنشور في مركز الفريق في الأثناء: لم يُطبَّق موعدك الجديد.
error-hub-post-exists = يوجد في مركز الفريق منشور بالهوية نفسها ({ $uid }): لم يتغيّر شيء.
error-hub-post-unknown = لا يوجد في مركز الفريق منشور { $uid }: لم يُرسَل إليه قط، أو أنه يخص بعثة لا تعمل فيها.
error-hub-crisis-unknown = لا توجد في مركز الفريق أزمة { $uid }: لم تُرسَل إليه قط.
error-hub-not-at-mission = لا يحمل { $name } أي دور في { $mission } على مركز الفريق: فليس له أن يعلّق على منشوراتها.
error-hub-comment-unknown = لا يوجد في مركز الفريق تعليق { $uid } على هذا المنشور.
error-hub-media-mismatch = الصورة المرسلة إلى مركز الفريق ليست الصورة المسماة { $content }: أرسلها من جديد.
error-hub-media-missing = لا توجد في مركز الفريق الصورة { $content }: يجب إرسالها قبل التغيير الذي يرفقها.
error-hub-version-unknown = لم يعرف مركز الفريق قط النسخة { $version } من هذا المنشور: زامِن من جديد ثم أعد التعديل.
error-hub-key-taken = يحتفظ مركز الفريق بتعديل لشخص آخر تحت المفتاح { $key }: لم يتغيّر شيء.
error-hub-unreadable = تعذّر على مركز الفريق قراءة ما أُرسل ({ $field }: «{ $value }»): لم يتغيّر شيء.
error-sync-not-hub-person = أجرى { $name } هذا التعديل هنا، لكن هذا الحاسوب موصول بمركز الفريق باسم { $person }: لا يمكن إرساله باسمه. التعديل محفوظ هنا، ويمكن لـ{ $name } إعادته من حاسوب موصول باسمه.
error-hub-sent-unreadable = أرسل مركز الفريق ما لا يستطيع هذا الإصدار من ديوان قراءته ({ $field }: «{ $value }»): لم يتغيّر شيء هنا. حدّث ديوان أو أبلغ مسؤول المركز.
error-refused-change-not-found = لا يوجد تعديل مرفوض { $key } لإعادته أو تركه (ربما تم ذلك؟).
error-hub-chain-differs = لم يعد سجل التدقيق في مركز الفريق يحمل الحدث { $seq } كما رآه هذا الحاسوب: أُعيدت كتابة تاريخه. أبلغ قسم المعلوماتية في الوزارة فورًا.
error-hub-other-connected = تعمل قاعدة البيانات هذه مع مركز الفريق في { $url }: اتصل بذلك المركز.
error-linked-event-differs = لم يعد الحدث { $seq } في سجل التدقيق على هذا الحاسوب هو الحدث الذي قيّد مركز الفريق تغييرًا تحته: عُدّل سجل هذا الحاسوب. أبلغ قسم المعلوماتية في الوزارة فورًا.
error-span-too-long = اطلب { $days } يومًا على الأكثر في المرة الواحدة.
error-period-unknown = ‏«{ $period }» ليست مدة تقرير. اختر واحدة من: { $valid }.
error-sample-none-left = أُضيفت كل البعثات النموذجية من قبل.
error-locale-unknown = لا يتحدث ديوان «{ $locale }»؛ اختر ar أو fr أو en.
error-store-opening = ما زالت قاعدة البيانات قيد الفتح؛ أعد المحاولة بعد لحظة.
notice-database-opening = جارٍ فتح قاعدة بياناتك… إن كانت من إصدار أقدم من ديوان تُحفظ نسخة احتياطية أولًا ثم تُحدَّث؛ قد يستغرق ذلك دقيقة للملفات الكبيرة.
notice-database-copying = حفظ نسخة قبل التحديث: ‏{ $percent }٪
notice-database-upgrading = تحديث قاعدة البيانات: الخطوة { $done } من { $total }
notice-database-upgraded = كانت قاعدة بياناتك من إصدار أقدم من ديوان (المخطط { $from }) وقد حُدِّثت إلى المخطط { $to }. النسخة المحفوظة من قبل التحديث موجودة هنا:
error-store-create-dir = تعذّر إنشاء المجلد { $path }: { $detail }
error-store-open = تعذّر فتح قاعدة البيانات { $path }: { $detail }
error-store-too-new = كُتبت قاعدة البيانات هذه بإصدار أحدث من ديوان (المخطط { $found }؛ وهذا الإصدار يعرف { $supported }). حدّث ديوان لفتحها؛ لم يُغيَّر الملف.
error-store-backup = تعذّر حفظ نسخة احتياطية في { $path } قبل تحديث قاعدة البيانات، فلم تُحدَّث: { $detail }
error-store-journal-mode = تعذّر تحويل قاعدة البيانات إلى وضع WAL (هي في وضع { $mode }).
error-store-not-diwan = هذا الملف ليس قاعدة بيانات ديوان؛ لم يُغيَّر.
error-store-corrupt = تحوي قاعدة البيانات قيمة لا يستطيع ديوان قراءتها: { $detail }
error-store-sqlite = أبلغت قاعدة البيانات عن خطأ: { $detail }
error-unexpected = حدث خطأ غير متوقع: { $detail }

cli-actor-missing = يعمل هذا الأمر باسم شخص ما: أضف ‎--as USER‎ (أو عيّن DIWAN_USER).
cli-passphrase-missing = يتطلب ‎--as‎ عبارة مرور الشخص: عيّن { $variable } أو شغّل الأمر في طرفية تطلبها دون إظهارها.
cli-passphrases-differ = عبارتا المرور مختلفتان: لم يتغير شيء.
cli-demo-trail-needs-ministry = ‏--trail يُستعمل مع ‎--scale ministry‏: منشورات العرض الصغير تمر أصلًا بمسار العمل المسجَّل، فسجلها كامل. لم يُكتب شيء.
cli-hub-missing = برنامج مركز الفريق diwan-hub غير مثبّت هنا: يعمل على خادم الوزارة (README، «Team hub»).
cli-hub-failed = فشل diwan-hub (ذكر السبب أعلاه).
cli-hub-connected = تم الوصل بـ { $url }.
cli-verify-hub-ok = سجل التدقيق في مركز الفريق سليم ({ $events } حدثًا) ويحمل الرؤوس التي رآها هذا الحاسوب ({ $heads })؛ والتغييرات التي تلقّاها من هذا الحاسوب ({ $linked }) مقيّدة فيه، كلٌّ منها مربوط بحدثه في سجل هذا الحاسوب.
cli-synced = المزامنة: أُرسل { $pushed }، ووصل من المركز { $pulled }، ورُفض { $refused }.
cli-hub-signed-out = رفض المركز رمز دخول { $name } (أُلغي): على { $name } أن يتصل من جديد (diwan connect)؛ وما فعله هنا ينتظره.
cli-passphrase-prompt = عبارة المرور:
cli-passphrase-new-prompt = عبارة المرور الجديدة:
cli-passphrase-again-prompt = عبارة المرور الجديدة مرة أخرى:
cli-backup-daily-taken = نسخة اليوم الاحتياطية: { $path } (تم التحقق منها).
cli-backup-daily-already = نسخة اليوم الاحتياطية موجودة بالفعل.
cli-backup-daily-removed = حُذفت النسخة الاحتياطية القديمة { $path }.
cli-encrypt-done = شُفّرت قاعدة البيانات. حُفظت النسخة غير المشفّرة في { $aside }: تحقّق من القاعدة المشفّرة ثم احذفها (README، «Security»). امنح كل شخص آخر عبارة مرور لمرة واحدة: تُنشئ له مفتاح دخوله الخاص.
cli-demo-progress = جارٍ التوليد
cli-verify-progress = جارٍ التحقق من سجل التدقيق
cli-export-progress = جارٍ التصدير
cli-backup-progress = جارٍ النسخ
cli-import-progress = جارٍ الاستيراد
cli-copying-progress = حفظ نسخة قبل التحديث
cli-upgrading-progress = تحديث قاعدة البيانات
cli-database-upgraded = كانت قاعدة البيانات هذه من إصدار أقدم من ديوان: حُدِّثت من المخطط { $from } إلى { $to }. النسخة من قبل التحديث: { $backup }
cli-demo-trail = سجل التدقيق: { $events ->
    [zero] لا أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $events } أحداث
    [many] { $events } حدثًا
   *[other] { $events } حدث
}.
cli-demo-done = أُضيفت البيانات النموذجية — البعثات: { $missions }، الحسابات: { $accounts }، الأشخاص: { $users }، المنشورات: { $posts }.
cli-done = تم.
cli-tm-imported = أُضيفت { $added } أزواج إلى ذاكرة الترجمة (و{ $known } كانت موجودة).
cli-glossary-imported = المسرد: أُضيف { $added } مصطلحاً، وحُدّث { $updated }.
cli-usage-invalid-utf8 = أحد الوسائط ليس نصًا صالحًا (ترميز UTF-8 غير صالح): تحقّق من طريقة كتابته أو لصقه.
cli-usage-unknown-argument = «{ $argument }» ليس خيارًا لهذا الأمر.
cli-usage-unknown-command = «{ $argument }» ليس أمرًا من أوامر diwan.
cli-usage-missing-argument = ينقص شيء: { $argument }.
cli-usage-missing-command = حدّد ما يجب فعله: الأمر ناقص.
cli-usage-invalid-value = «{ $value }» ليست قيمة صالحة لـ { $argument }.
cli-usage-other = لم يُفهم سطر الأوامر: { $detail }
cli-usage-hint = شغّل «diwan --help» لعرض الأوامر وخياراتها.
cli-verify-ok = سجل التدقيق سليم: { $count ->
    [zero] لا أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
} جرى التحقق منها.
cli-backup-done = نُسخت قاعدة البيانات إلى { $path } وتُحقِّق من النسخة: كاملة، وسجل التدقيق سليم ({ $count ->
    [zero] لا أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
}).
cli-restore-done = استُعيدت قاعدة البيانات من { $path }؛ وحُفظت القاعدة التي حلّت محلها في { $aside }.
error-store-copy-damaged = لا يمكن الوثوق بالنسخة { $path } ({ $detail })؛ لم يتغيّر شيء.
error-store-copy-failed = تعذّرت كتابة { $path }: { $detail }.
error-store-wrong-key = المفتاح لا يفتح قاعدة البيانات هذه: إما أنها تالفة، أو أن ملف مفاتيحها يخص قاعدة أخرى.
error-store-key-file = تعذّرت قراءة ملف المفاتيح { $path } ({ $detail }). لا تُفتح قاعدة بيانات مشفّرة بدونه: استرجعه من نسخة احتياطية.
error-store-no-randomness = لم يوفّر النظام بايتات عشوائية؛ لم يتغيّر شيء.
error-store-in-use = { $path } مفتوحة في ديوان: أغلق التطبيق (وأي أمر آخر من ديوان) أولًا.

## سجل التدقيق

audit-break-edited = سجل التدقيق مخترق: عُدّل الحدث { $seq } بعد كتابته.
audit-break-missing = سجل التدقيق مخترق: أحداث مفقودة قبل الحدث { $seq } (المتوقع { $expected }).
audit-break-out-of-order = سجل التدقيق مخترق: الحدث { $seq } ليس في موضعه (نُقل أو أُدرج).
audit-break-truncated = سجل التدقيق مخترق: ينتهي عند الحدث { $last } بينما سُجّل حتى { $head }؛ حُذفت أحداث لاحقة.
audit-verify = تحقق من السجل
audit-verifying = جارٍ التحقق من السجل
audit-verifying-count = تم التحقق من { $done } من أصل { $total } حدث
audit-verify-stopped = أُوقف التحقق قبل نهايته بطلبك، فلم يُحكم على شيء. أعد تشغيله للتحقق من السجل كاملًا.
audit-intact = { $count ->
    [zero] السجل سليم: لا أحداث فيه.
    [one] السجل سليم: حدث واحد.
    [two] السجل سليم: حدثان، كل منهما مربوط بما قبله.
    [few] السجل سليم: { $count } أحداث، كل منها مربوط بما قبله.
    [many] السجل سليم: { $count } حدثاً، كل منها مربوط بما قبله.
   *[other] السجل سليم: { $count } حدث، كل منها مربوط بما قبله.
}
audit-filter-post = رقم المنشور
audit-filter-user = الشخص
audit-filter-action = الإجراء
audit-filter-from = من
audit-filter-to = إلى
audit-count = { $count ->
    [zero] لا أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثاً
   *[other] { $count } حدث
}
audit-when = متى
audit-who = من
audit-what = ماذا
audit-subject = على
audit-detail = التفاصيل
audit-action-post-created = أُنشئ منشور
audit-action-post-edited = عُدّل منشور
audit-action-post-submitted = أُحيل منشور
audit-action-post-approved = اعتُمد منشور
audit-action-post-fast-tracked = اعتُمد منشور بإجراء معجّل
audit-action-post-rejected = رُفض منشور
audit-action-post-scheduled = جُدول منشور
audit-action-post-published = نُشر منشور
audit-action-post-approval-withdrawn = سُحب الاعتماد بسبب تعديل
audit-action-post-reopened = أُعيد فتح منشور
audit-action-account-added = أُضيف حساب
audit-action-account-verified = وُثّق حساب
audit-action-account-verification-revoked = أُلغي توثيق حساب
audit-action-user-added = أُضيف شخص
audit-action-user-role-granted = مُنح دور
audit-action-comment-added = أُضيف تعليق
audit-action-comment-resolved = حُلّ تعليق
audit-action-media-attached = أُرفقت صورة
audit-action-media-alt-set = ضُبط النص البديل
audit-action-media-removed = أُزيلت صورة
audit-action-policy-set = ضُبطت قاعدة الموافقة
audit-action-crisis-declared = أُعلنت أزمة
audit-action-crisis-ended = انتهت أزمة
audit-action-post-paused = عُلِّق منشور بسبب أزمة
audit-action-post-pause-resolved = عولج منشور معلَّق
audit-action-template-saved = حُفظ قالب
audit-action-post-translated = عُلّمت ترجمة منجزة
audit-action-glossary-term-added = أُضيف مصطلح إلى المسرد
audit-action-glossary-term-changed = عُدّل مصطلح في المسرد
audit-action-glossary-term-removed = حُذف مصطلح من المسرد
audit-action-glossary-imported = استُورد المسرد
audit-action-memory-imported = استُوردت ذاكرة الترجمة
audit-action-xliff-imported = استُورد ملف XLIFF
audit-action-mission-digits-set = ضُبطت أرقام البعثة
audit-action-demo-set-up = أُعدّت بيانات تجريبية
audit-action-demo-generated = وُلّدت بيانات تجريبية
audit-action-user-signed-in = تسجيل دخول
audit-action-user-sign-in-failed = عبارة مرور خاطئة
audit-action-user-passphrase-changed = تغيير عبارة المرور
audit-action-user-passphrase-reset = منح عبارة مرور لمرة واحدة
audit-action-user-first-administrator = إنشاء المسؤول الأول
audit-action-settings-idle-lock-set = تعديل القفل التلقائي
audit-action-settings-backup-days-set = تعديل مدة الاحتفاظ بالنسخ الاحتياطية اليومية
audit-action-settings-home-country-set = تحديد البلد الأم
observance-layer-religious = مناسبة إسلامية
observance-layer-host = عطلة البلد المضيف
observance-layer-home = عطلة البلد الأم
observance-national = العيد الوطني
observance-layer-ministry = يوم من أيام الوزارة
error-ministry-day-date = «{ $date }» ليس يومًا من أيام التقويم: اكتب MM-DD (كل سنة) أو YYYY-MM-DD (مرة واحدة).
error-ministry-day-kind = «{ $kind }» ليس نوعًا من الأيام: international أو anniversary أو mourning.
error-ministry-day-name-missing = يحتاج اليوم إلى اسم بلغة واحدة على الأقل.
error-ministry-day-name-too-long = لا يتجاوز اسم اليوم { $max } حرفًا.
cli-ministry-days-imported = { $count ->
    [zero] لا أيام في قائمة الوزارة.
    [one] يوم واحد في قائمة الوزارة.
    [two] يومان في قائمة الوزارة.
    [few] { $count } أيام في قائمة الوزارة.
    [many] { $count } يومًا في قائمة الوزارة.
   *[other] { $count } يوم في قائمة الوزارة.
}
audit-action-ministry-days-imported = استبدال قائمة أيام الوزارة
audit-action-engagement-imported = استيراد أرقام التفاعل
audit-action-blackout-marked = تحديد فترة حظر
audit-action-blackout-lifted = رفع فترة حظر
report-from = من
report-to = إلى
report-period-label = حسب
report-period-week = الأسبوع
report-period-month = الشهر
report-per-week = المنشورات في كل أسبوع
report-per-month = المنشورات في كل شهر
report-planned = المخطط لها
report-approved = المعتمدة
report-published = المنشورة
report-total = المجموع
report-dimension-label = التوزيع حسب
report-dimension-account = الحساب
report-dimension-platform = المنصة
report-dimension-category = الفئة
report-dimension-language = اللغة
report-chart-periods = المنشورات المخطط لها والمعتمدة والمنشورة في كل مدة؛ والجدول يحمل الأرقام نفسها.
report-chart-coverage = المنشورات التي كُتبت كل لغة منها وهي محدَّثة؛ والأرقام بجانبها.
report-coverage-title = التغطية اللغوية
report-coverage = { $posts ->
    [zero] لا منشورات في هذه الأيام
    [one] { $all } من منشور واحد بالعربية والفرنسية والإنجليزية
    [two] { $all } من منشورَين بالعربية والفرنسية والإنجليزية
    [few] { $all } من { $posts } منشورات بالعربية والفرنسية والإنجليزية
    [many] { $all } من { $posts } منشورًا بالعربية والفرنسية والإنجليزية
   *[other] { $all } من { $posts } منشور بالعربية والفرنسية والإنجليزية
}
report-percent = { $percent }٪
report-approval-title = من المسودة إلى الاعتماد
report-approval-hours = الوسيط { $median } ساعة، والمئين التسعون { $p90 } ساعة ({ $posts ->
    [zero] لا منشورات معتمدة
    [one] منشور معتمد واحد
    [two] منشوران معتمدان
    [few] { $posts } منشورات معتمدة
    [many] { $posts } منشورًا معتمدًا
   *[other] { $posts } منشور معتمد
})
report-approval-none = لم يُعتمد بعد أي منشور من هذه الأيام.
report-overdue-title = الاعتمادات المتأخرة
report-overdue = { $count ->
    [zero] لا اعتماد متأخر.
    [one] منشور واحد تجاوز موعده دون اعتماد.
    [two] منشوران تجاوزا موعدهما دون اعتماد.
    [few] { $count } منشورات تجاوزت موعدها دون اعتماد.
    [many] { $count } منشورًا تجاوزت موعدها دون اعتماد.
   *[other] { $count } منشور تجاوزت موعدها دون اعتماد.
}
report-engagement-title = الوصول والتفاعل
report-reach = الوصول
report-engagement = التفاعل
report-post = المنشور
report-language = اللغة
report-posts = المنشورات
report-engagement-none = لا أرقام بعد: استورد تصديرًا من X أو فيسبوك أو إنستغرام أو لينكدإن.
report-import = استيراد تصدير التفاعل…
report-imported = { $platform }: المنشورات المطابقة: { $matched }؛ الصفوف التي لا تطابق أي منشور منشور لهذه البعثة: { $unmatched }.
report-export-csv = تصدير بصيغة CSV…
report-export-dialog = حفظ التقرير بصيغة CSV
report-saved = حُفظ في { $path }
observance-islamic-new-year = رأس السنة الهجرية
observance-ashura = عاشوراء
observance-mawlid = المولد النبوي الشريف
observance-ramadan-start = أول أيام رمضان
observance-eid-al-fitr = عيد الفطر
observance-day-of-arafah = يوم عرفة
observance-eid-al-adha = عيد الأضحى
audit-action-database-encrypted = تشفير قاعدة البيانات
audit-action-user-role-revoked = سُحب دور
audit-action-device-signed-in = جهاز سجّل الدخول إلى المركز
audit-action-device-revoked = أُلغي جهاز
audit-action-mission-added = أُضيفت بعثة
audit-action-hub-connected = وُصلت بمركز الفريق
audit-action-post-pulled = جُلب من مركز الفريق
audit-action-post-change-refused = تعديل رفضه مركز الفريق
audit-action-post-change-dropped = تُرك تعديل مرفوض

## الأخطاء: الحسابات والأشخاص والمنشورات والتواريخ

error-account-handle-invalid = «{ $handle }» ليس اسم حساب صالحًا.
error-account-no-language = يحتاج الحساب إلى لغة واحدة على الأقل.
error-account-limit-not-per-account = تفرض { $platform } حدًّا واحدًا لكل الحسابات؛ لا يمكن لحساب أن يكون له حدّه الخاص.
error-account-limit-zero = حدّ الصفر يرفض كل منشور.
error-account-evidence-missing = اذكر ما يثبت توثيق الحساب (رابط أو رقم طلب أو لقطة شاشة).
error-account-not-in-mission = الحساب { $id } ليس حسابًا نشطًا للبعثة { $mission }.
error-platform-unknown = «{ $platform }» ليست منصة يعرفها ديوان. المنصات: { $valid }.
error-user-name-invalid = «{ $name }» ليس اسم مستخدم صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا و«.» و«_» و«-».
error-user-role-unknown = «{ $role }» ليس دورًا: drafter أو translator أو supervisor أو admin.
error-sign-in-wrong = الاسم أو عبارة المرور غير صحيحة.
error-sign-in-wait = { $seconds ->
    [zero] عبارات مرور خاطئة كثيرة: حاول مجددًا الآن.
    [one] عبارات مرور خاطئة كثيرة: انتظر ثانية واحدة قبل المحاولة مجددًا.
    [two] عبارات مرور خاطئة كثيرة: انتظر ثانيتين قبل المحاولة مجددًا.
    [few] عبارات مرور خاطئة كثيرة: انتظر { $seconds } ثوانٍ قبل المحاولة مجددًا.
    [many] عبارات مرور خاطئة كثيرة: انتظر { $seconds } ثانية قبل المحاولة مجددًا.
   *[other] عبارات مرور خاطئة كثيرة: انتظر { $seconds } ثانية قبل المحاولة مجددًا.
}
error-sign-in-no-passphrase = ليست لدى { $name } عبارة مرور بعد: يمنحه أحد المسؤولين عبارة مرور لمرة واحدة أولًا.
error-sign-in-must-change = اختر عبارة مرورك الخاصة أولًا: العبارة التي دخلت بها صالحة لمرة واحدة فقط.
error-sign-in-needed = سجّل الدخول أولًا.
error-sign-in-locked = ديوان مقفل: أدخل عبارة مرورك للمتابعة.
error-sign-in-set-up-already = المسؤول الأول موجود بالفعل: سجّل الدخول أو راجع أحد المسؤولين.
error-passphrase-too-short = تتكون عبارة المرور من { $min } حرفًا على الأقل: بضع كلمات تكفي.
error-passphrase-too-long = تتكون عبارة المرور من { $max } حرف على الأكثر.
error-passphrase-has-name = يجب ألا تتضمن عبارة المرور اسم الدخول.
error-passphrase-unchanged = عبارة المرور الجديدة هي نفسها القديمة.
error-passphrase-not-admin = لا يقوم بهذا إلا مسؤول في بعثة هذا الشخص.
error-idle-minutes-invalid = يُقفل بعد ١ إلى { $max } دقيقة من الخمول.
error-link-invalid = «{ $link }» ليس عنوان ويب.
error-link-scheme = لا تُفتح من ديوان إلا روابط الويب (http وhttps)، لا روابط «{ $scheme }:».
error-link-credentials = «{ $link }» يخفي وجهته خلف اسم أو كلمة مرور قبل @: لن يُفتح.
error-sign-in-encrypted = قاعدة البيانات هذه مشفّرة: سجّل الدخول لفتحها (في سطر الأوامر: ‎--as NAME‎، وعبارة المرور من DIWAN_PASSPHRASE أو تُطلب).
error-sign-in-encrypted-already = قاعدة البيانات هذه مشفّرة بالفعل.
error-backup-days-invalid = احتفظ بالنسخ الاحتياطية اليومية من ١ إلى { $max } يومًا.
error-user-not-found = لا يوجد شخص باسم { $name }.
error-not-found = لا يوجد { $kind } { $id }.
error-exists = { $kind } { $id } موجود بالفعل.
error-io = تعذّرت الكتابة في { $path }: { $detail }
error-comment-empty = التعليق فارغ.
error-comment-too-long = لا يتجاوز التعليق { $max ->
    [zero] صفر حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-template-name-invalid = يحتاج القالب إلى اسم لا يتجاوز 100 حرف.
error-template-empty = القالب فارغ.
error-template-too-long = لا يتجاوز القالب { $max ->
    [zero] صفر حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-media-not-image = هذا الملف ليس صورة PNG أو JPEG أو GIF أو WebP.
error-media-too-large = لا يتجاوز حجم الصورة { $max } ميغابايت.
error-media-alt-too-long = لا يتجاوز النص البديل { $max ->
    [zero] صفر حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-post-not-found = لا يوجد منشور رقمه { $id }.
error-post-state-unknown = «{ $state }» ليست حالة من حالات المنشور. الحالات: { $valid }.
error-calendar-language-unknown = البعثة { $mission } لا تنشر بلغة «{ $language }». لغاتها: { $valid }.
error-calendar-account-unknown = ليس للبعثة { $mission } حساب رقمه { $id }. حساباتها: { $valid }.
error-post-over-limit = طول النص بلغة { $language } هو { $length } كما تعدّه { $platform }، وهو يتجاوز حدّ { $limit } للحساب ‎@{ $handle } ({ $account }). اختصره أولًا.
error-post-over-bytes = يشغل النص بلغة { $language } ‏{ $length } بايت على { $platform }، وهو أكثر من { $limit } المسموح بها للحساب ‎@{ $handle } ({ $account }).
error-post-too-many-hashtags = في النص بلغة { $language } ‏{ $length } وسمًا، وهو أكثر من { $limit } التي تسمح بها { $platform } للحساب ‎@{ $handle } ({ $account }).
error-post-invalid-characters = يحتوي النص بلغة { $language } على محارف ترفضها { $platform } (الحساب ‎@{ $handle }، { $account }).
error-post-target-unknown = تعذّر العثور على الحساب { $account } لهذا المنشور، فلا يمكن التحقق من حدوده.
error-post-category-unknown = «{ $category }» ليست فئة. الفئات: { $valid }.
error-post-no-targets = يحتاج المنشور إلى حساب واحد على الأقل يُنشر فيه.
error-post-text-empty = النص فارغ.
error-post-language-missing = ليس لهذا المنشور نسخة بلغة { $language }.
error-post-transition = لا يمكن { $action ->
    [submit] إحالة
    [approve] اعتماد
    [reject] رفض
    [schedule] جدولة
   *[publish] نشر
} منشور { $state ->
    [draft] ما زال مسودة
    [in-translation] قيد الترجمة
    [in-review] قيد المراجعة
    [approved] معتمد
    [scheduled] مجدول
    [published] منشور
   *[rejected] مرفوض
}.
error-post-translations-incomplete = ترجمات ناقصة أو قديمة: { $languages }.
error-post-published = لا يمكن تعديل منشور نُشر.
error-post-role-missing = يتطلب هذا دور { $role ->
    [drafter] المحرر
    [translator] المترجم
    [supervisor] المشرف
   *[admin] المسؤول
} في { $mission }.
error-post-four-eyes = لا يعتمد أحد ولا يرفض منشورًا كتبه أو ترجمه: اطلب ذلك من مشرف آخر.
error-post-no-policy = لا توجد قاعدة اعتماد لمنشورات فئة «{ $category }»، فلا يمكن اعتماد أي منها.
error-post-not-approver = لست من المعتمِدين لهذه المرحلة من هذا المنشور.
error-post-already-approved = سبق أن اعتمدت هذا المنشور؛ المرحلة التالية لشخص آخر.
error-post-no-fast-track = لا يمكنك الاعتماد العاجل لمنشورات فئة «{ $category }».
error-post-reason-missing = اذكر سبب رفض المنشور.
error-post-approval-stale = لم يعد الاعتماد مطابقًا لمحتوى المنشور؛ يجب اعتماده من جديد.
error-post-url-invalid = «{ $url }» ليس عنوان ويب (https://…).
error-time-skipped = الوقت { $time } غير موجود في { $zone }: تُقدَّم الساعة عنده. اختر وقتًا آخر.
error-time-range-reversed = تنتهي الفترة قبل أن تبدأ.
error-time-unparsable = «{ $input }» ليس تاريخًا أو وقتًا صالحًا (YYYY-MM-DD أو YYYY-MM-DD HH:MM).
error-post-source-not-translated = النص بلغة { $language } هو المصدر: تُعلَّم الترجمات وحدها بأنها منجزة.
error-post-media-missing = الصورة { $media } ليست مرفقة بهذا المنشور (أو لم تعد كذلك).
error-export-extension = «{ $path }» لا ينتهي بـ .{ $extension }: اختر اسم ملف بهذا الامتداد.
error-post-paused = هذا المنشور معلَّق بسبب الأزمة { $crisis }: لا يمكن جدولته ولا نشره قبل انتهاء الأزمة.
error-post-not-paused = هذا المنشور ليس معلَّقًا بسبب هذه الأزمة.
error-crisis-no-missions = اختر بعثة واحدة على الأقل للأزمة.
error-crisis-window-reversed = تنتهي فترة الأزمة قبل أن تبدأ.
error-crisis-window-too-long = لا تتجاوز فترة الأزمة { $days } يومًا؛ أعلن أزمة أخرى إن طالت.
error-crisis-reason-missing = اذكر السبب: يُحفظ في سجل التدقيق ويراه الجميع.
error-blackout-role = لا يحدِّد فترات حظر { $mission } ولا يرفعها إلا مشرف عليها أو مسؤول عنها.
error-blackout-reversed = اليوم الأخير يسبق اليوم الأول.
error-blackout-too-long = لا تتجاوز فترة الحظر { $days } يومًا؛ حدِّد فترة أخرى إن طالت.
error-blackout-reason-missing = اذكر السبب (حداد وطني، صمت انتخابي): يراه كل من يخطط للمنشورات.
error-blackout-reason-too-long = لا يتجاوز السبب { $max } حرفًا.
error-crisis-ended = انتهت هذه الأزمة من قبل.
error-policy-spec-invalid = «{ $spec }» ليست خطوة موافقة: اكتب دورًا (supervisor) أو any:اسم,اسم (أحد هؤلاء) أو all:اسم,اسم (كل واحد منهم).
error-policy-no-steps = تحتاج القاعدة إلى خطوة واحدة على الأقل؛ وبدونها لا يمكن اعتماد أي شيء في هذه الفئة.
error-policy-no-names = الخطوة التي تسمّي أشخاصًا تحتاج إلى اسم واحد على الأقل.
error-policy-admin-approves = المشرفون على النظام يضبطون القواعد، ولا يوافقون على المنشورات.
error-policy-all-of-role = «كل { $role }» يتغيّر بقدوم الأشخاص ورحيلهم: سمِّ الأشخاص بدلًا من ذلك.
error-post-qa-failed = { $count ->
    [zero] لم يفشل أي فحص للجودة
    [one] فشل فحص واحد للجودة
    [two] فشل فحصان للجودة
    [few] فشلت { $count } فحوص للجودة
    [many] فشل { $count } فحصاً للجودة
   *[other] فشل { $count } فحص للجودة
}: صحّح الترجمة، أو تجاوز الفحص بتعليق يذكر السبب.
error-glossary-term-empty = يحتاج مصطلح المسرد إلى صيغته العربية أو الفرنسية أو الإنجليزية على الأقل.
error-glossary-form-invalid = لا يصلح «{ $form }» صيغةً في المسرد: سطر واحد من { $max } حرفاً على الأكثر.
error-import-malformed = تتعذر قراءة ملف { $format } في السطر { $line }: { $detail }. لم يُستورد شيء.
error-import-wrong-document = ليس هذا ملف { $format } (السطر { $line }: { $detail }). لم يُستورد شيء.
error-import-unit-incomplete = السطر { $line } من ملف { $format }: وحدة بلا نص بلغتها المصدر ({ $detail }). لم يُستورد شيء.
error-import-language-invalid = السطر { $line } من ملف { $format }: «{ $detail }» ليس رمز لغة. لم يُستورد شيء.
error-import-date-invalid = السطر { $line } من ملف { $format }: «{ $detail }» ليس تاريخاً مثل 20261201T090000Z. لم يُستورد شيء.
error-import-header-invalid = يجب أن يسمّي السطر الأول من ملف { $format } الأعمدة { $detail }. لم يُستورد شيء.
error-import-record-invalid = رُفض السطر { $line } من ملف { $format }: «{ $detail }» غير صالح هناك. لم يُستورد شيء.
error-filter-invalid = «{ $value }» ليس من بين: { $valid }.
error-import-schema-invalid = لا يتبع ملف { $format } مخططه في السطر { $line }: { $detail }. لم يُستورد شيء.
error-import-unknown-unit = يسمّي ملف { $format } ‏{ $detail }، وهو ليس منشوراً صدّره ديوان لهذه البعثة. لم يُستورد شيء.
error-import-source-changed = تغيّر مصدر { $detail } منذ تصدير ملف { $format }: صدّره من جديد. لم يُستورد شيء.
error-import-language-mismatch = لا تطابق لغات ملف { $format } ‏{ $detail }. لم يُستورد شيء.
error-import-unknown-export = هذا الملف ليس تصديرًا للتفاعل يعرفه ديوان. يقرأ ديوان: { $detail }. لم يُستورد شيء.
cli-xliff-imported = كُتبت { $written } ترجمات: عُلّم { $done } منها منجزاً، وبقي { $drafts } مسودات.
qa-links = الرابط { $detail } الوارد في المصدر مفقود.
qa-hashtags = الوسم #{ $detail } الوارد في المصدر مفقود.
qa-mentions = الإشارة @{ $detail } الواردة في المصدر مفقودة.
qa-numbers = العدد { $detail } الوارد في المصدر مفقود أو مختلف.
qa-glossary = يفرض المسرد «{ $detail }» في هذه الترجمة.
qa-limit = النص أطول مما يسمح به { $detail }.
qa-same-as-source = الترجمة مطابقة للمصدر.
qa-french-spacing = الحرف { $position }: يحتاج «{ $detail }» إلى مسافة غير فاصلة (قواعد الطباعة الفرنسية).
qa-arabic-punctuation = الحرف { $position }: استعمل علامات الترقيم العربية ({ $detail }).
qa-tatweel = الحرف { $position }: التطويل (ـ) يمدّ الكلمة؛ احذفه.
qa-bidi-controls = الحرف { $position }: لُصقت علامة اتجاه خفية ({ $detail })؛ احذفها.
qa-digits = الحرف { $position }: تكتب البعثة العربية بأرقام غير «{ $detail }».
qa-language = الحرف { $position }: تبدو هذه الجملة مكتوبة { $found ->
        [ar] بالعربية
        [fr] بالفرنسية
       *[en] بالإنجليزية
    } لا باللغة المعلنة لهذا النص: «{ $detail }»
