# ديوان — العربية. كل معرّف هنا موجود أيضًا في fr/ و en/ (مختبَر).

app-name = ديوان
app-tagline = تخطيط المحتوى للبعثات الدبلوماسية

## الإطار

nav-calendar = التقويم
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
error-sample-none-left = أُضيفت كل البعثات النموذجية من قبل.
error-locale-unknown = لا يتحدث ديوان «{ $locale }»؛ اختر ar أو fr أو en.
error-store-create-dir = تعذّر إنشاء المجلد { $path }: { $detail }
error-store-open = تعذّر فتح قاعدة البيانات { $path }: { $detail }
error-store-too-new = كُتبت قاعدة البيانات هذه بإصدار أحدث من ديوان (المخطط { $found }؛ وهذا الإصدار يعرف { $supported }). حدّث ديوان لفتحها؛ لم يُغيَّر الملف.
error-store-backup = تعذّر حفظ نسخة احتياطية في { $path } قبل تحديث قاعدة البيانات، فلم تُحدَّث: { $detail }
error-store-journal-mode = تعذّر تحويل قاعدة البيانات إلى وضع WAL (هي في وضع { $mode }).
error-store-not-diwan = هذا الملف ليس قاعدة بيانات ديوان؛ لم يُغيَّر.
error-store-corrupt = تحوي قاعدة البيانات قيمة لا يستطيع ديوان قراءتها: { $detail }
error-store-sqlite = أبلغت قاعدة البيانات عن خطأ: { $detail }
error-unexpected = حدث خطأ غير متوقع: { $detail }
