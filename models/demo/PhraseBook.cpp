#include "PhraseBook.h"

namespace rapport::demo {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

// Placeholders by number (QString::arg would give the first argument to the
// lowest number present, and templates use any of them).
QString fill(QString t, const QString &person, const QString &account, const QString &product)
{
    if (t.contains(QLatin1Char('%'))) {
        t.replace(QLatin1String("%1"), person);
        t.replace(QLatin1String("%2"), account);
        t.replace(QLatin1String("%3"), product);
    }
    return t;
}

QString fillDate(QString t, const QString &year, int month)
{
    return t.replace(QLatin1String("%1"), year).replace(QLatin1String("%2"), QString::number(month));
}

} // namespace

QString PhraseBook::kindName(Kind k)
{
    switch (k) {
    case Kind::Call: return QStringLiteral("call");
    case Kind::Email: return QStringLiteral("email");
    case Kind::Meeting: return QStringLiteral("meeting");
    case Kind::Task: return QStringLiteral("task");
    case Kind::Note: return QStringLiteral("note");
    }
    return {};
}

PhraseBook::PhraseBook()
{
    m_en.titles = list({"Owner", "Managing Director", "Purchasing Manager", "Head of Operations", "Office Manager", "Buyer", "Head Chef",
                        "Store Manager", "Finance Director", "Facilities Manager", "Food & Beverage Manager", "Assistant Manager"});
    m_en.departments = list({"Management", "Purchasing", "Operations", "Finance", "Kitchen", "Facilities", "Front Office"});
    m_en.subjects = {list({"Call with %1", "Follow-up call: %3", "Quarterly check-in with %1", "Call about reorder", "Returned call from %1"}),
                     list({"Quote for %3", "Re: delivery dates", "Order confirmation", "Price list %3", "Re: invoice question", "Sent catalogue"}),
                     list({"Visit at %2", "Product demo: %3", "Tasting session at %2", "Annual review with %1", "Trade fair meeting"}),
                     list({"Send contract to %1", "Prepare offer for %2", "Follow up on quote", "Check payment status", "Schedule maintenance"}),
                     list({"Customer feedback", "Note on pricing", "Competitor visit noted", "Budget planning info"})};
    m_en.bodies = list({"Discussed current usage and upcoming needs.", "Customer asked for a discount on larger volumes.",
                        "Agreed to send samples next week.", "Interested in the new espresso blend.", "Needs delivery before the weekend.",
                        "Complained about the last delivery; resolved."});
    m_en.caseSubjects = list({"Machine not heating up", "Grinder jammed", "Invoice amount wrong", "Delivery delayed", "Damaged on arrival",
                              "Missing items in delivery", "Request for maintenance visit", "Error code E12 on display", "Return request"});
    m_en.caseDescriptions = list({"Customer reports the problem since yesterday morning.", "Happened twice this week, photos attached.",
                                  "Urgent: the café opens at 7 am.", "Please call back before noon."});
    m_en.caseResolutions = list({"Replaced the heating element on site.", "Sent a replacement part.", "Issued a credit note.",
                                 "Explained the descaling procedure.", "Delivery rescheduled and confirmed.", "Refunded the damaged items."});
    m_en.contactNotes = list({"Prefers calls in the morning.", "Met at the trade fair.", "Decision maker for all locations.",
                              "On leave in August.", "Likes to get the price list by email."});
    m_en.accountNotes = list({"Three locations, central purchasing.", "Pays reliably within 14 days.", "Seasonal business, busy in summer.",
                              "Was a customer of a competitor until recently.", "Opening a second shop next year."});
    m_en.opportunityNotes = list({"Budget approved.", "Competing with a local supplier.", "Needs board approval.", "Wants a trial first."});

    m_de.titles = list({"Inhaber", "Geschäftsführung", "Leitung Einkauf", "Einkauf", "Küchenchef", "Betriebsleitung", "Filialleitung",
                        "Assistenz der Geschäftsführung", "Buchhaltung", "Haustechnik"});
    m_de.departments = list({"Geschäftsleitung", "Einkauf", "Küche", "Buchhaltung", "Betrieb", "Haustechnik"});
    m_de.subjects = {list({"Telefonat mit %1", "Rückruf wegen %3", "Nachfassen Angebot", "Quartalsgespräch mit %1", "Anruf wegen Nachbestellung"}),
                     list({"Angebot %3", "AW: Liefertermin", "Auftragsbestätigung", "Preisliste %3", "AW: Rechnung", "Katalog verschickt"}),
                     list({"Besuch bei %2", "Vorführung %3", "Verkostung bei %2", "Jahresgespräch mit %1", "Messegespräch"}),
                     list({"Vertrag an %1 senden", "Angebot für %2 vorbereiten", "Angebot nachfassen", "Zahlungseingang prüfen",
                           "Wartung terminieren"}),
                     list({"Kundenfeedback", "Notiz zu Preisen", "Wettbewerber vor Ort", "Info zur Budgetplanung"})};
    m_de.bodies = list({"Aktuellen Bedarf und Planung besprochen.", "Kunde wünscht Mengenrabatt.", "Muster werden nächste Woche verschickt.",
                        "Interesse an der neuen Espressomischung.", "Lieferung muss vor dem Wochenende da sein."});
    m_de.caseSubjects = list({"Maschine heizt nicht", "Mühle blockiert", "Rechnungsbetrag falsch", "Lieferung verspätet",
                              "Transportschaden", "Fehlende Artikel", "Wartungstermin gewünscht", "Fehlercode E12", "Rücksendung"});
    m_de.caseDescriptions = list({"Problem besteht seit gestern früh.", "Zweimal diese Woche aufgetreten, Fotos anbei.",
                                  "Dringend, Öffnung um 7 Uhr.", "Bitte vor 12 Uhr zurückrufen."});
    m_de.caseResolutions = list({"Heizelement vor Ort getauscht.", "Ersatzteil verschickt.", "Gutschrift erstellt.",
                                 "Entkalkung erklärt.", "Neuer Liefertermin bestätigt.", "Beschädigte Ware erstattet."});
    m_de.contactNotes = list({"Lieber vormittags anrufen.", "Auf der Messe kennengelernt.", "Entscheidet für alle Filialen.",
                              "Im August im Urlaub.", "Möchte die Preisliste per E-Mail."});
    m_de.accountNotes = list({"Drei Standorte, zentraler Einkauf.", "Zahlt zuverlässig innerhalb von 14 Tagen.", "Saisonbetrieb, Hochsaison im Sommer.",
                              "Bis vor kurzem Kunde eines Wettbewerbers."});
    m_de.opportunityNotes = list({"Budget freigegeben.", "Konkurrenz durch lokalen Händler.", "Braucht Zustimmung der Geschäftsführung."});

    m_fr.titles = list({"Gérant", "Directeur général", "Responsable achats", "Acheteur", "Chef de cuisine", "Directrice d'exploitation",
                        "Responsable de magasin", "Comptable"});
    m_fr.departments = list({"Direction", "Achats", "Cuisine", "Comptabilité", "Exploitation"});
    m_fr.subjects = {list({"Appel avec %1", "Rappel au sujet de %3", "Point trimestriel avec %1", "Appel pour réassort"}),
                     list({"Devis %3", "RE : date de livraison", "Confirmation de commande", "Tarifs %3", "RE : facture"}),
                     list({"Visite chez %2", "Démonstration %3", "Dégustation chez %2", "Bilan annuel avec %1"}),
                     list({"Envoyer le contrat à %1", "Préparer une offre pour %2", "Relancer le devis", "Vérifier le paiement"}),
                     list({"Retour client", "Note sur les prix", "Visite d'un concurrent"})};
    m_fr.bodies = list({"Besoins actuels et prévisions discutés.", "Le client demande une remise sur volume.",
                        "Échantillons envoyés la semaine prochaine.", "Intéressé par le nouveau mélange espresso."});
    m_fr.caseSubjects = list({"La machine ne chauffe pas", "Moulin bloqué", "Montant de facture erroné", "Livraison en retard",
                              "Colis endommagé", "Articles manquants", "Demande d'entretien", "Code erreur E12"});
    m_fr.caseDescriptions = list({"Problème depuis hier matin.", "Deux fois cette semaine, photos jointes.", "Urgent : ouverture à 7 h."});
    m_fr.caseResolutions = list({"Résistance remplacée sur place.", "Pièce de rechange envoyée.", "Avoir émis.", "Procédure de détartrage expliquée."});
    m_fr.contactNotes = list({"Préfère être appelé le matin.", "Rencontré au salon.", "Décide pour tous les établissements."});
    m_fr.accountNotes = list({"Trois établissements, achats centralisés.", "Paie à 30 jours.", "Activité saisonnière."});
    m_fr.opportunityNotes = list({"Budget validé.", "En concurrence avec un grossiste local."});

    m_hans.titles = list({"总经理", "采购经理", "行政主管", "店长", "财务总监", "运营经理", "主厨", "采购专员"});
    m_hans.departments = list({"总经办", "采购部", "行政部", "财务部", "运营部", "厨房"});
    m_hans.subjects = {list({"与%1电话沟通", "电话回访：%3", "季度回访%1", "关于补货的电话"}),
                       list({"报价单：%3", "回复：交货日期", "订单确认", "价目表 %3", "回复：发票问题"}),
                       list({"拜访%2", "产品演示：%3", "%2试饮活动", "与%1年度会谈"}),
                       list({"给%1发送合同", "为%2准备报价", "跟进报价", "确认付款情况", "安排保养"}),
                       list({"客户反馈", "价格备注", "竞争对手动态"})};
    m_hans.bodies = list({"沟通了目前的用量和后续需求。", "客户希望大批量采购有折扣。", "下周寄送样品。", "对新的意式拼配豆感兴趣。"});
    m_hans.caseSubjects = list({"咖啡机不加热", "磨豆机卡住", "发票金额有误", "发货延迟", "运输损坏", "少发货品", "申请上门保养", "显示错误代码E12", "退货申请"});
    m_hans.caseDescriptions = list({"客户反映从昨天早上开始出现问题。", "本周出现两次，已附照片。", "紧急：门店早上7点营业。"});
    m_hans.caseResolutions = list({"已上门更换加热元件。", "已寄出替换零件。", "已开具红字发票。", "已说明除垢步骤。", "已重新安排发货。"});
    m_hans.contactNotes = list({"喜欢微信联系。", "在展会上认识。", "负责所有门店的采购决策。", "上午联系比较方便。"});
    m_hans.accountNotes = list({"三家门店，集中采购。", "付款及时。", "明年计划开新店。"});
    m_hans.opportunityNotes = list({"预算已批准。", "与本地供应商竞争。", "需要老板审批。"});

    m_hant.titles = list({"總經理", "採購經理", "行政主管", "店長", "財務總監", "營運經理", "主廚"});
    m_hant.departments = list({"總經理室", "採購部", "行政部", "財務部", "營運部", "廚房"});
    m_hant.subjects = {list({"與%1電話聯繫", "電話回訪：%3", "季度回訪%1", "補貨電話"}),
                       list({"報價：%3", "回覆：交貨日期", "訂單確認", "價目表 %3", "回覆：發票問題"}),
                       list({"拜訪%2", "產品示範：%3", "%2試飲活動", "與%1年度會談"}),
                       list({"寄送合約給%1", "為%2準備報價", "追蹤報價", "確認付款", "安排保養"}),
                       list({"客戶回饋", "價格備註", "競爭對手動態"})};
    m_hant.bodies = list({"討論了目前用量與後續需求。", "客戶希望大量採購有折扣。", "下週寄送樣品。", "對新的義式配方豆有興趣。"});
    m_hant.caseSubjects = list({"咖啡機不加熱", "磨豆機卡住", "發票金額錯誤", "出貨延遲", "運送損壞", "少出貨品", "申請到府保養", "顯示錯誤代碼E12", "退貨申請"});
    m_hant.caseDescriptions = list({"客戶表示從昨天早上開始有問題。", "本週發生兩次，已附照片。", "緊急：門市早上7點營業。"});
    m_hant.caseResolutions = list({"已到府更換加熱元件。", "已寄出替換零件。", "已開立折讓單。", "已說明除垢步驟。", "已重新安排出貨。"});
    m_hant.contactNotes = list({"喜歡用LINE聯繫。", "在展覽會上認識。", "負責所有門市的採購。", "週五不在辦公室。"});
    m_hant.accountNotes = list({"三家門市，集中採購。", "付款準時。", "明年計畫開新店。"});
    m_hant.opportunityNotes = list({"預算已核准。", "與本地供應商競爭。"});
}

const PhraseBook::PerLang &PhraseBook::of(Lang lang) const
{
    switch (lang) {
    case Lang::De: return m_de;
    case Lang::Fr: return m_fr;
    case Lang::ZhHans: return m_hans;
    case Lang::ZhHant: return m_hant;
    case Lang::En: break;
    }
    return m_en;
}

QString PhraseBook::jobTitle(Rng &rng, Lang lang) const { return rng.pick(of(lang).titles); }
QString PhraseBook::department(Rng &rng, Lang lang) const { return rng.pick(of(lang).departments); }

QString PhraseBook::activitySubject(Rng &rng, Lang lang, Kind kind, const QString &person, const QString &account, const QString &product) const
{
    return fill(rng.pick(of(lang).subjects[int(kind)]), person, account, product);
}

QString PhraseBook::activityBody(Rng &rng, Lang lang, Kind) const { return rng.pick(of(lang).bodies); }

QString PhraseBook::caseFollowUpSubject(Lang lang, const QString &caseSubject) const
{
    switch (lang) {
    case Lang::De: return QStringLiteral("Nachfrage: ") + caseSubject;
    case Lang::Fr: return QStringLiteral("Suivi : ") + caseSubject;
    case Lang::ZhHans: return QStringLiteral("回访：") + caseSubject;
    case Lang::ZhHant: return QStringLiteral("回訪：") + caseSubject;
    case Lang::En: break;
    }
    return QStringLiteral("Follow-up: ") + caseSubject;
}

QString PhraseBook::caseSubject(Rng &rng, Lang lang) const { return rng.pick(of(lang).caseSubjects); }
QString PhraseBook::caseDescription(Rng &rng, Lang lang) const { return rng.pick(of(lang).caseDescriptions); }
QString PhraseBook::caseResolution(Rng &rng, Lang lang) const { return rng.pick(of(lang).caseResolutions); }
QString PhraseBook::contactNote(Rng &rng, Lang lang) const { return rng.pick(of(lang).contactNotes); }
QString PhraseBook::accountNote(Rng &rng, Lang lang) const { return rng.pick(of(lang).accountNotes); }
QString PhraseBook::opportunityNote(Rng &rng, Lang lang) const { return rng.pick(of(lang).opportunityNotes); }

QString PhraseBook::opportunityName(Lang lang, const QString &account, const QString &category, bool renewal, int year) const
{
    const QString y = QString::number(year);
    switch (lang) {
    case Lang::ZhHans: return renewal ? account + y + QStringLiteral("年服务续约") : account + QStringLiteral(" · ") + category;
    case Lang::ZhHant: return renewal ? account + y + QStringLiteral("年服務續約") : account + QStringLiteral(" · ") + category;
    case Lang::De: return renewal ? QStringLiteral("Wartungsvertrag %1 – %2").arg(y, account) : category + QStringLiteral(" – ") + account;
    case Lang::Fr: return renewal ? QStringLiteral("Renouvellement %1 – %2").arg(y, account) : category + QStringLiteral(" – ") + account;
    case Lang::En: break;
    }
    return renewal ? QStringLiteral("Service renewal %1 – %2").arg(y, account) : category + QStringLiteral(" – ") + account;
}

QString PhraseBook::campaignName(Rng &rng, Lang lang, int year, int month) const
{
    const QString y = QString::number(year);
    switch (lang) {
    case Lang::ZhHans: {
        static const QStringList t = list({"春节礼盒 %1", "双十一促销 %1", "新品品鉴会 %1", "咖啡节 %1", "会员日 %1年%2月"});
        return fillDate(rng.pick(t), y, month);
    }
    case Lang::ZhHant: {
        static const QStringList t = list({"新春禮盒 %1", "週年慶 %1", "新品品鑑會 %1", "咖啡展 %1", "會員日 %1年%2月"});
        return fillDate(rng.pick(t), y, month);
    }
    case Lang::De: {
        static const QStringList t = list({"Frühjahrsaktion %1", "Newsletter %2/%1", "Internorga %1", "Herbstaktion %1", "Weihnachtsmailing %1"});
        return fillDate(rng.pick(t), y, month);
    }
    case Lang::Fr: {
        static const QStringList t = list({"Promotion de printemps %1", "Lettre d'information %2/%1", "Salon Sirha %1", "Offre de Noël %1"});
        return fillDate(rng.pick(t), y, month);
    }
    case Lang::En: break;
    }
    static const QStringList t = list({"Spring Promotion %1", "Newsletter %2/%1", "Black Friday %1", "Webinar: Perfect Espresso %1",
                                       "Holiday Mailing %1", "HostMilano %1"});
    return fillDate(rng.pick(t), y, month);
}

QString PhraseBook::onlineMeeting(Lang lang) const
{
    switch (lang) {
    case Lang::ZhHans: return QStringLiteral("腾讯会议");
    case Lang::ZhHant: return QStringLiteral("線上會議");
    case Lang::De: return QStringLiteral("Online (Teams)");
    case Lang::Fr: return QStringLiteral("Visioconférence");
    case Lang::En: break;
    }
    return QStringLiteral("Online (Zoom)");
}

} // namespace rapport::demo
