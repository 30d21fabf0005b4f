import Foundation
import Plural
import Support

/// The pages a customer sees: the v3 challenge page, hosted checkout, payment links and the v2 hosted page.
/// Plain HTML forms, so paying works with JavaScript off; every choice ends in `pay` / `payLegacy` (the same
/// code behind `simulator.pay`), and the browser is sent back to the merchant's return URL with the fields
/// exactly as those sign them, as a form POST.
extension PluralSimulator {
    static let challengePath = "/web/auth/landing/"
    static let checkoutPath = "/api/v3/checkout-bff/redirect/checkout"
    static let linkPath = "/pay/link/"
    static let legacyPagePath = "/pinepg/v2/process/payment"
    /// Where every page's form posts the customer's choice.
    static let choicePath = "/web/auth/choice"

    /// The page for a customer's request, or nil when the request is not for a page (the API answers it).
    func page(_ request: HTTPRequest) -> HTTPResponse? {
        let method = request.method.uppercased()
        let path = request.path
        if method == "POST" && path == Self.choicePath { return choose(FormURL.decode(request.body)) }
        guard method == "GET" else { return nil }
        let token = request.query["token"] ?? ""
        if path == Self.challengePath || path + "/" == Self.challengePath || path == Self.checkoutPath {
            guard let id = state.withLock({ $0.pageTokens[token] }) else { return Self.notFoundPage("This checkout link is not valid.") }
            return orderPage(id, step: nil)
        }
        if path.hasPrefix(Self.linkPath) { return linkPage(String(path.dropFirst(Self.linkPath.count))) }
        // The hosted page, and the bank step a seamless card payment is sent to.
        if path == Self.legacyPagePath || path == Self.legacyPagePath + "/redirect" {
            guard let txn = state.withLock({ $0.legacy.tokens[token] }) else { return Self.notFoundPage("This payment link is not valid.") }
            return legacyPage(txn)
        }
        return nil
    }

    // MARK: v3 orders (challenge, hosted checkout, links)

    private func orderPage(_ id: String, step: String?) -> HTTPResponse {
        guard let o = state.withLock({ $0.orders[id] }) else { return Self.notFoundPage("Order \(id) was not found.") }
        let hidden = [("order_id", id)]
        var body = Self.summary(merchant: settings.merchantID, amount: o.amount, currency: o.currency, order: o.referenceKey, id: o.id)
        let method = o.payments.first?.method
        switch (o.status, method, step) {
        case ("CREATED", nil, _):
            body += "<p>How would you like to pay?</p>" + Self.choices(hidden, [("card", "Pay by card"), ("upi", "Pay by UPI"), ("cancel", "Cancel")])
        case ("PENDING", "UPI"?, _):
            body += "<p>A collect request was sent to your UPI app.</p>"
                + Self.choices(hidden, [("approve", "Approve on my phone"), ("expire", "Let it expire"), ("cancel", "Cancel")])
        case ("PENDING", _, "3ds"?):
            body += "<h2>3-D Secure</h2><p>Your bank sent a one-time password (any 6 digits work; 000000 is refused).</p>"
                + Self.form(hidden + [("choice", "otp")], fields: "<label>OTP <input name=\"otp\" id=\"otp\" inputmode=\"numeric\" value=\"123456\"></label>",
                            button: "Submit OTP", id: "otp-submit")
                + Self.choices(hidden, [("failure", "Fail authentication"), ("cancel", "Cancel")])
        case ("PENDING", _, _):
            body += "<p>Card payment: your bank will ask you to confirm.</p>"
                + Self.choices(hidden, [("pay", "Pay"), ("failure", "Fail"), ("cancel", "Cancel")])
        default:
            body += "<p id=\"final\">This order is <strong>\(Self.escape(o.status))</strong>: nothing is left to pay.</p>"
        }
        return Self.html("Pay \(Self.rupees(o.amount, o.currency))", body)
    }

    private func linkPage(_ linkID: String) -> HTTPResponse {
        // The first visit makes the order behind the link; later visits show it.
        let now = Self.now()
        let newID = nextID()
        let id = state.withLock { s -> String? in
            guard var l = s.links[linkID] else { return nil }
            if let existing = l["order_id"]?.stringValue { return existing }
            guard case .ok(let amount, let currency) = Self.readAmount(l["amount"]) else { return nil }
            var extra = JSONObject()
            for k in ["callback_url", "failure_callback_url"] { if let v = l[k] { extra[k] = v } }
            let o = SimOrder(id: newID, reference: l["merchant_payment_link_reference"] ?? .string(linkID), amount: amount, currency: currency,
                             preAuth: l["pre_auth"]?.stringValue == "true", extra: extra, createdAt: now, updatedAt: now)
            s.orders[newID] = o
            l["order_id"] = .string(newID)
            l["status"] = "CLICKED"
            l["updated_at"] = .string(now)
            s.links[linkID] = l
            return newID
        }
        guard let id else { return Self.notFoundPage("Payment link \(linkID) was not found.") }
        return orderPage(id, step: nil)
    }

    /// Attaches the payment the customer chose on hosted checkout or a link, as `createPayment` would.
    private func startPayment(_ id: String, method: String) {
        let now = Self.now()
        let option: JSONObject = method == "UPI"
            ? ["upi_data": ["txn_mode": "COLLECT", "payer": ["vpa": "customer@simbank"]]]
            : ["card_data": ["card_type": "CREDIT", "network_name": "VISA", "last4_digit": "1111", "issuer_name": "SIMULATOR BANK"]]
        state.withLock { s in
            guard var o = s.orders[id], o.status == "CREATED" else { return }
            o.payments = [SimPayment(id: "\(id)-cc-a", amount: o.amount, currency: o.currency, method: method, reference: .string("page-\(id)"),
                                     option: option, createdAt: now, updatedAt: now)]
            o.status = "PENDING"
            o.updatedAt = now
            s.orders[id] = o
        }
    }

    // MARK: the customer's choice

    private func choose(_ form: [(key: String, value: String)]) -> HTTPResponse {
        var f: [String: String] = [:]
        for (k, v) in form { f[k] = v }
        let choice = f["choice"] ?? ""
        if let txn = f["unique_merchant_txn_id"] {
            guard let outcome = PayOutcome(rawValue: choice) else { return Self.notFoundPage("Unknown choice.") }
            let url = state.withLock { $0.legacy.transactions[txn]?["return_url"]?.stringValue }
            switch payLegacy(uniqueMerchantTxnID: txn, outcome: outcome) {
            case .success(let fields): return Self.returnPage(fields, to: url)
            case .failure: return legacyPage(txn)
            }
        }
        guard let id = f["order_id"] else { return Self.notFoundPage("No order was given.") }
        let outcome: PayOutcome
        switch choice {
        case "card", "upi":
            startPayment(id, method: choice.uppercased())
            return orderPage(id, step: nil)
        case "pay": return orderPage(id, step: "3ds")
        case "otp": outcome = f["otp"] == "000000" ? .failure : .success
        case "approve": outcome = .success
        case "expire": outcome = .expired
        case "cancel": outcome = .cancelled
        default:
            guard let o = PayOutcome(rawValue: choice) else { return Self.notFoundPage("Unknown choice.") }
            outcome = o
        }
        let urls = state.withLock { s in (s.orders[id]?.extra["callback_url"]?.stringValue, s.orders[id]?.extra["failure_callback_url"]?.stringValue) }
        switch pay(orderID: id, outcome: outcome) {
        case .success(let fields):
            markLinkPaid(orderID: id, outcome: outcome)
            return Self.returnPage(fields, to: outcome == .success ? urls.0 : (urls.1 ?? urls.0))
        case .failure:
            // A second submit (back button, double click) shows where the order stands instead of paying twice.
            return orderPage(id, step: nil)
        }
    }

    private func markLinkPaid(orderID: String, outcome: PayOutcome) {
        guard outcome == .success else { return }
        let now = Self.now()
        state.withLock { s in
            for (id, l) in s.links where l["order_id"]?.stringValue == orderID {
                var l = l
                l["status"] = "PROCESSED"
                l["updated_at"] = .string(now)
                s.links[id] = l
            }
        }
    }

    // MARK: v2

    private func legacyPage(_ txn: String) -> HTTPResponse {
        guard let t = state.withLock({ $0.legacy.transactions[txn] }) else { return Self.notFoundPage("Transaction \(txn) was not found.") }
        let amount = Int64(t["amount"]?.stringValue ?? "") ?? 0
        var body = Self.summary(merchant: settings.merchantID, amount: amount, currency: "INR", order: txn, id: t["pine_id"]?.stringValue ?? "")
        if t["status"] == "1" {
            body += Self.choices([("unique_merchant_txn_id", txn)], [("success", "Pay"), ("failure", "Fail"), ("cancelled", "Cancel")])
        } else {
            body += "<p id=\"final\">This transaction is complete (status \(Self.escape(t["status"]?.stringValue ?? ""))): nothing is left to pay.</p>"
        }
        return Self.html("Pay \(Self.rupees(amount, "INR"))", body)
    }

    // MARK: HTML

    /// Sends the browser back to the merchant with the signed fields as a form POST (a button for when
    /// JavaScript is off), or says so when the order named no return URL.
    static func returnPage(_ fields: JSONValue, to url: String?) -> HTTPResponse {
        let pairs = (fields.objectValue?.members ?? []).map { ($0.key, $0.value.stringValue ?? "") }
        guard let url, url.hasPrefix("http://") || url.hasPrefix("https://") else {
            let rows = pairs.map { "<tr><th>\(escape($0.0))</th><td>\(escape($0.1))</td></tr>" }.joined()
            return html("No return URL", "<p id=\"no-return\">No return URL was given for this order, so the customer stays here. "
                        + "These are the fields Plural would have sent:</p><table>\(rows)</table>")
        }
        let inputs = pairs.map { "<input type=\"hidden\" name=\"\(escape($0.0))\" value=\"\(escape($0.1))\">" }.joined()
        return html("Returning to the merchant", "<form id=\"return\" method=\"post\" action=\"\(escape(url))\">\(inputs)"
                    + "<button id=\"return-button\">Return to the merchant</button></form>"
                    + "<script>document.getElementById('return').submit()</script>")
    }

    private static func summary(merchant: String, amount: Int64, currency: String, order: String, id: String) -> String {
        "<h1>Plural simulator checkout</h1><dl><dt>Merchant</dt><dd id=\"merchant\">\(escape(merchant))</dd>"
            + "<dt>Amount</dt><dd id=\"amount\">\(escape(rupees(amount, currency)))</dd>"
            + "<dt>Order</dt><dd id=\"order\">\(escape(order))</dd><dt>Plural id</dt><dd>\(escape(id))</dd></dl>"
    }

    /// One button per choice, each its own form so a click posts just that choice.
    private static func choices(_ hidden: [(String, String)], _ options: [(choice: String, label: String)]) -> String {
        options.map { form(hidden + [("choice", $0.choice)], fields: "", button: $0.label, id: "choice-\($0.choice)") }.joined()
    }

    private static func form(_ hidden: [(String, String)], fields: String, button: String, id: String) -> String {
        let inputs = hidden.map { "<input type=\"hidden\" name=\"\(escape($0.0))\" value=\"\(escape($0.1))\">" }.joined()
        return "<form method=\"post\" action=\"\(choicePath)\">\(inputs)\(fields)<button id=\"\(escape(id))\">\(escape(button))</button></form>"
    }

    private static func html(_ title: String, _ body: String) -> HTTPResponse {
        let page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(escape(title))</title>"
            + "<style>body{font-family:sans-serif;max-width:32em;margin:2em auto}form{display:inline-block;margin:.3em}"
            + "button{padding:.5em 1em}dt{font-weight:bold}</style></head><body>\(body)</body></html>"
        return HTTPResponse(status: 200, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"], body: Array(page.utf8))
    }

    private static func notFoundPage(_ message: String) -> HTTPResponse {
        var r = html("Not found", "<p id=\"error\">\(escape(message))</p>")
        r.status = 404
        return r
    }

    /// Paise as rupees for people; the amounts stay integers everywhere else.
    static func rupees(_ paise: Int64, _ currency: String) -> String {
        let p = paise % 100
        return "\(currency) \(paise / 100).\(p < 10 ? "0" : "")\(p)"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
