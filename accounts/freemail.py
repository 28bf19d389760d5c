"""Common free-mail providers. Sign-up requires an organisational address, as the provider
this service is modelled on does: a personal mailbox proves nothing about who you work for."""

FREE_MAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.es yahoo.com.br ymail.com
    rocketmail.com hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.es outlook.com outlook.fr
    outlook.de outlook.es live.com live.co.uk live.fr msn.com aol.com aim.com icloud.com me.com mac.com
    proton.me protonmail.com protonmail.ch pm.me gmx.com gmx.net gmx.de gmx.at gmx.ch web.de t-online.de
    freenet.de mail.com email.com mail.ru inbox.ru list.ru bk.ru yandex.ru yandex.com ya.ru qq.com
    163.com 126.com sina.com sohu.com yeah.net naver.com daum.net hanmail.net zoho.com zohomail.com
    tutanota.com tutanota.de tuta.io fastmail.com fastmail.fm hushmail.com laposte.net orange.fr
    wanadoo.fr free.fr sfr.fr libero.it virgilio.it tiscali.it uol.com.br bol.com.br terra.com.br
    ig.com.br rediffmail.com seznam.cz wp.pl o2.pl onet.pl interia.pl mailinator.com yopmail.com
    guerrillamail.com 10minutemail.com temp-mail.org sharklasers.com
    """.split()
)


def is_free_mail(email: str) -> bool:
    domain = email.rsplit("@", 1)[-1].strip().lower().rstrip(".")
    return domain in FREE_MAIL_DOMAINS
