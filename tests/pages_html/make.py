#!/usr/bin/env python3
"""Writes the HTML test pages (written for factlens, no third-party content): realistic news-site
chrome around an article, in several languages and encodings, with the expected article text in
NAME.expected.txt. Run it from this directory to regenerate; the outputs are committed."""

PAGES = {
    "en_utf8": dict(
        enc="utf-8", declare="meta", lang="en",
        title="Leaders agree to expand exchanges", site="Harbor Daily",
        nav="Home | World | Business | Sport | Opinion",
        cookie="We use cookies to personalise content and ads. By clicking Accept all you consent to our use of cookies.",
        caption="President Lee greets President Xi in Gyeongju on Saturday. (Photo: Harbor Daily)",
        share="Share on Facebook · Share on X · Email this story",
        related=["Markets rally after summit", "Five things to know about APEC"],
        comment="Leave a Reply. Your email address will not be published.",
        body=[
            "South Korean President Lee Jae-myung and Chinese President Xi Jinping agreed on Saturday to expand people-to-people exchanges, officials said after their first summit in Gyeongju.",
            "The two leaders met for about 90 minutes on the sidelines of the Asia-Pacific Economic Cooperation forum, and their governments signed seven memorandums of understanding.",
            "“We are close neighbours who cannot move apart,” Lee told reporters after the talks, adding that both sides would restart a currency swap worth 70 trillion won.",
            "Xi last visited South Korea in July 2014, and Beijing said he would welcome Lee for a return visit next year.",
        ],
    ),
    "de_cp1252_undeclared": dict(
        enc="cp1252", declare=None, lang="de",
        title="Gipfeltreffen in Gyeongju", site="Rheinische Rundschau",
        nav="Startseite | Politik | Wirtschaft | Sport",
        cookie="Wir verwenden Cookies, um Inhalte zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie der Verwendung zu.",
        caption="Lee und Xi vor dem Treffen in Gyeongju. (Foto: dpa)",
        share="Artikel teilen: Facebook · X · E-Mail",
        related=["Börsen legen nach dem Gipfel zu", "Was Sie über die APEC wissen müssen"],
        comment="Schreiben Sie einen Kommentar. Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        body=[
            "Der südkoreanische Präsident Lee Jae-myung und Chinas Staatschef Xi Jinping haben sich am Samstag auf einen stärkeren Austausch zwischen beiden Ländern geeinigt.",
            "Die beiden Politiker trafen sich rund neunzig Minuten lang am Rande des Gipfels der Asiatisch-Pazifischen Wirtschaftskooperation in der Küstenstadt Gyeongju.",
            "„Wir sind Nachbarn, die nicht voneinander wegziehen können“, sagte Lee nach dem Gespräch vor Journalisten über die gemeinsame Zukunft.",
            "Xi hatte Südkorea zuletzt im Juli 2014 besucht; Peking lud Lee zu einem Gegenbesuch im kommenden Jahr ein.",
        ],
    ),
    "ko_euckr": dict(
        enc="euc-kr", declare="meta", lang="ko",
        title="한중 정상, 인적 교류 확대 합의", site="한반도일보",
        nav="홈 | 정치 | 경제 | 사회 | 국제",
        cookie="이 웹사이트는 쿠키를 사용합니다. 모두 동의를 누르면 쿠키 사용에 동의하는 것으로 간주됩니다.",
        caption="이재명 대통령과 시진핑 주석이 경주에서 악수하고 있다. (사진=연합뉴스)",
        share="공유하기 · 페이스북 · 카카오톡 · 링크 복사",
        related=["정상회담 이후 증시 상승", "에이펙에 대해 알아야 할 다섯 가지"],
        comment="댓글을 남겨 주세요. 이메일 주소는 공개되지 않습니다.",
        body=[
            "이재명 대통령과 시진핑 중국 국가주석은 토요일 경주에서 첫 정상회담을 열고 양국 간 인적 교류를 확대하기로 합의했다고 정부 관계자들이 밝혔다.",
            "두 정상은 아시아태평양경제협력체 정상회의를 계기로 약 구십 분간 회담했으며 양국 정부는 양해각서 일곱 건에 서명했다.",
            "이 대통령은 회담 후 기자들에게 우리는 서로 떠날 수 없는 가까운 이웃이라고 말했다.",
            "시 주석의 방한은 2014년 7월 이후 처음이며 중국 측은 내년에 이 대통령의 답방을 환영한다고 밝혔다.",
        ],
    ),
    "zh_gbk": dict(
        enc="gbk", declare="http-equiv", lang="zh",
        title="中韩元首同意扩大人文交流", site="东方时报",
        nav="首页 | 国际 | 财经 | 体育 | 评论",
        cookie="本网站使用Cookie来改善您的体验。点击全部接受即表示您同意我们使用Cookie。",
        caption="图为两国元首在庆州会面前握手。（图片来源：新华社）",
        share="分享到：微信 · 微博 · 复制链接",
        related=["峰会后股市上涨", "关于亚太经合组织你需要知道的五件事"],
        comment="发表评论。您的电子邮件地址不会被公开。",
        body=[
            "韩国总统李在明与中国国家主席习近平星期六在庆州举行首次会晤，双方同意扩大两国之间的人文交流，官员们在会后表示。",
            "两国元首在亚太经合组织领导人非正式会议期间会谈约九十分钟，两国政府签署了七份谅解备忘录。",
            "李在明在会谈后对记者说，我们是搬不走的近邻，双方将重启规模可观的货币互换安排。",
            "习近平上一次访问韩国是在二〇一四年七月，中方表示欢迎李在明明年进行回访。",
        ],
    ),
    "ja_sjis": dict(
        enc="shift_jis", declare="meta", lang="ja",
        title="日韓首脳が交流拡大で一致", site="東洋新聞",
        nav="ホーム | 政治 | 経済 | スポーツ",
        cookie="当サイトではクッキーを使用しています。すべて同意をクリックするとクッキーの使用に同意したものとみなされます。",
        caption="会談前に握手する両首脳（写真：共同）",
        share="この記事をシェア：フェイスブック・エックス・メール",
        related=["首脳会談後に株価上昇", "ＡＰＥＣについて知っておきたい五つのこと"],
        comment="コメントを書く。メールアドレスは公開されません。",
        body=[
            "韓国の李在明大統領と中国の習近平国家主席は土曜日、慶州で初めての首脳会談を行い、両国間の人的交流を拡大することで一致した。",
            "両首脳はアジア太平洋経済協力会議の首脳会議に合わせて約九十分間会談し、両国政府は七件の覚書に署名した。",
            "李大統領は会談後、記者団に対し、我々は引っ越すことのできない近い隣人だと述べた。",
            "習主席の韓国訪問は二〇一四年七月以来で、中国側は来年の李大統領の答礼訪問を歓迎すると表明した。",
        ],
    ),
    "ru_utf8_bom_nodecl": dict(
        enc="utf-8-sig", declare=None, lang="ru",
        title="Лидеры договорились расширить обмены", site="Северный вестник",
        nav="Главная | Политика | Экономика | Спорт",
        cookie="Мы используем файлы cookie, чтобы улучшить работу сайта. Нажимая «Принять все», вы соглашаетесь на их использование.",
        caption="Ли Чжэ Мён и Си Цзиньпин перед встречей в Кёнджу. (Фото: ТАСС)",
        share="Поделиться: ВКонтакте · Телеграм · Почта",
        related=["Рынки выросли после саммита", "Пять фактов об АТЭС"],
        comment="Оставьте комментарий. Ваш адрес электронной почты не будет опубликован.",
        body=[
            "Президент Южной Кореи Ли Чжэ Мён и председатель КНР Си Цзиньпин в субботу договорились расширить гуманитарные обмены между двумя странами.",
            "Лидеры беседовали около девяноста минут на полях форума Азиатско-Тихоокеанского экономического сотрудничества, правительства подписали семь меморандумов.",
            "«Мы близкие соседи, которые не могут разъехаться», — сказал Ли журналистам после переговоров.",
            "Си в последний раз посещал Южную Корею в июле 2014 года, и Пекин пригласил Ли с ответным визитом в следующем году.",
        ],
    ),
}


def page(p):
    head = []
    if p["declare"] == "meta":
        head.append(f'<meta charset="{p["enc"]}">')
    elif p["declare"] == "http-equiv":
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={p["enc"]}">')
    head += [
        f'<title>{p["title"]} | {p["site"]}</title>',
        f'<meta property="og:title" content="{p["title"]}">',
        f'<meta property="og:site_name" content="{p["site"]}">',
        '<meta property="article:published_time" content="2025-11-01T18:00:00+09:00">',
        '<link rel="canonical" href="https://news.example/2025/11/01/summit">',
        '<script>window.dataLayer = window.dataLayer || []; function track(){ return "tracking-payload"; }</script>',
        "<style>.hidden{display:none}</style>",
    ]
    body = [
        '<header class="masthead"><div class="logo">' + p["site"] + "</div>",
        '<nav class="main-menu"><ul>' + "".join(f"<li><a href=\"/s{i}\">{x.strip()}</a></li>" for i, x in enumerate(p["nav"].split("|"))) + "</ul></nav></header>",
        f'<div id="cookie-consent-banner" class="cmp"><p>{p["cookie"]}</p><button>OK</button></div>',
        '<main><article class="story">',
        f'<h1 class="headline">{p["title"]}</h1>',
        '<div class="byline">Harbor Wire Service</div>',
        f"<p>{p['body'][0]}</p>",
        f'<figure class="photo"><img src="/img/summit.jpg" alt=""><figcaption>{p["caption"]}</figcaption></figure>',
        f"<p>{p['body'][1]}</p>",
        f'<div class="share-bar">{p["share"]}</div>',
        f"<p>{p['body'][2]}</p>",
        f"<p>{p['body'][3]} <a href=\"https://example.org/background\">[background]</a></p>",
        "</article></main>",
        '<aside class="related-articles"><h2>Related</h2><ul>' + "".join(f"<li><a href=\"/r\">{r}</a></li>" for r in p["related"]) + "</ul></aside>",
        f'<section id="comments"><h3>{p["comment"]}</h3><form><textarea name="c"></textarea></form></section>',
        f'<footer class="site-footer"><p>&copy; 2025 {p["site"]}. All rights reserved.</p></footer>',
    ]
    html = f'<!DOCTYPE html>\n<html lang="{p["lang"]}"><head>\n' + "\n".join(head) + "\n</head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    return html.encode(p["enc"])


for name, p in PAGES.items():
    open(f"{name}.html", "wb").write(page(p))
    expected = "\n\n".join(p["body"][:3] + [p["body"][3] + " [background] [1]"]) + "\n"
    open(f"{name}.expected.txt", "w", encoding="utf-8").write(expected)
    # What must never be kept.
    chrome = [p["cookie"], p["caption"], p["share"], p["comment"]] + p["related"]
    open(f"{name}.chrome.txt", "w", encoding="utf-8").write("\n".join(chrome) + "\n")
