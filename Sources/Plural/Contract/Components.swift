import Support

/// The shapes several operations share (`#/components/schemas/…`), from Plural's official API definition.
///
/// Request shapes are strict where Plural is (an amount must be `{value, currency}` in integer paise);
/// answer shapes are lenient where Plural's answers are (a refund's amount may lack either member, a status
/// may be a value Plural added later) but strict on types: a fractional amount is never let through.
public enum Components {
    /// The payment methods of the v3 API, in the order the definition lists them.
    public static let paymentMethods = ["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI", "POINTS", "BNPL"]
    /// Links and hosted checkout offer every method but cardless EMI.
    public static let linkPaymentMethods = paymentMethods.filter { $0 != "CARDLESS_EMI" }
    public static let orderStatuses = ["CREATED", "PENDING", "AUTHORIZED", "PROCESSED", "CANCELLED", "ATTEMPTED", "FAILED",
                                       "FULLY_REFUNDED", "PARTIALLY_REFUNDED"]
    public static let paymentStatuses = ["PENDING", "AUTHORIZED", "CANCELLED", "PROCESSED", "FAILED"]
    public static let linkStatuses = ["CREATED", "CLICKED", "PAYMENT_INITIATED", "PROCESSED", "PARTIAL_PROCESSED", "EXPIRED", "CANCELLED"]

    static let amount = Schema.object([
        "value": Schema.paise(),
        "currency": Schema.string("ISO 4217 currency code, e.g. INR.", pattern: "^[A-Z]{3}$"),
    ], required: ["value", "currency"], description: "An amount in integer paise (₹11.00 is 1100).")

    /// An amount on the wire where Plural's definition types its value as text (a digit string of paise): the
    /// caller still gives integer paise (`Amount`); the declaration's `amountsAsText` turns it into this.
    static let amountText = Schema.object([
        "value": Schema.string("Integer paise, written as digits.", pattern: "^[1-9][0-9]{0,14}$"),
        "currency": Schema.string("ISO 4217 currency code, e.g. INR.", pattern: "^[A-Z]{3}$"),
    ], required: ["value", "currency"], description: "An amount in integer paise, its value as a digit string.")

    /// An amount as the gateway reports it: integer paise when present, members optional (refund answers
    /// have been seen without them).
    static let reportedAmount = Schema.object([
        "value": Schema.integer("Integer paise."),
        "currency": Schema.string,
    ], description: "An amount as the gateway reports it, in integer paise.")

    static let address = Schema.object([
        "address1": Schema.string, "address2": Schema.string, "address3": Schema.string, "pincode": Schema.string,
        "city": Schema.string, "state": Schema.string, "country": Schema.string, "full_name": Schema.string,
        "address_type": Schema.string, "address_category": Schema.string,
    ])

    static let customer = Schema.object([
        "email_id": Schema.string, "first_name": Schema.string, "last_name": Schema.string, "customer_id": Schema.string,
        "mobile_number": Schema.string, "country_code": Schema.string,
        "billing_address": Schema.ref("Address"), "shipping_address": Schema.ref("Address"),
        "is_edit_customer_details_allowed": Schema.boolean,
    ])

    static let cartDetails = Schema.object([
        "cart_items": Schema.array(Schema.object([
            "item_id": Schema.string, "item_name": Schema.string, "item_description": Schema.string,
            "item_details_url": Schema.string, "item_image_url": Schema.string,
            "item_original_unit_price": Schema.integer("Paise."), "item_discounted_unit_price": Schema.integer("Paise."),
            "item_quantity": Schema.integer, "item_currency": Schema.string,
        ])),
    ], description: "The items of the order, shown on Plural's pages and used by offers.")

    static let purchaseDetails = Schema.object([
        "customer": Schema.ref("Customer"),
        "merchant_metadata": Schema.stringMap("Your own key/value strings, kept with the order."),
        "cart_details": Schema.ref("CartDetails"),
    ], description: "Who buys what. merchant_metadata and cart_details belong here, not at the top level.")

    static let payment = Schema.object([
        "id": Schema.string("Plural's payment id."),
        "status": Schema.openEnumeration(paymentStatuses, "Payment status."),
        "payment_amount": Schema.ref("ReportedAmount"),
        "payment_method": Schema.openEnumeration(paymentMethods, "Payment method."),
        "merchant_payment_reference": Schema.reference("Your reference for this payment."),
        "payment_option": Schema.object([:], description: "What the gateway reports about the instrument (never the card number)."),
        "acquirer_data": Schema.anyObject,
        "capture_data": Schema.array(Schema.object([
            "merchant_capture_reference": Schema.reference("Your capture reference."),
            "capture_amount": Schema.ref("ReportedAmount"),
            "created_at": Schema.string,
        ])),
        "created_at": Schema.string, "updated_at": Schema.string,
    ], required: ["id", "status"])

    static let order = Schema.object([
        "order_id": Schema.string("Plural's order id, e.g. v1-4405071524-aa-qlAtAf."),
        "merchant_order_reference": Schema.reference("Your reference; unique per order (a repeat returns the existing order)."),
        "type": Schema.openEnumeration(["CHARGE", "REFUND"], "CHARGE, or REFUND for a refund order."),
        "status": Schema.openEnumeration(orderStatuses, "Order status. Treat a value not listed as still in progress."),
        "merchant_id": ["type": ["string", "integer"]],
        "order_amount": Schema.ref("ReportedAmount"),
        "pre_auth": Schema.boolean,
        "challenge_url": Schema.string("Where to send the customer to complete the payment (after createPayment)."),
        "parent_order_id": Schema.string("For a refund: the order refunded."),
        "purchase_details": Schema.anyObject,
        "payments": Schema.array(Schema.ref("Payment")),
        "created_at": Schema.string, "updated_at": Schema.string,
    ], required: ["order_id", "status"], description: "An order as Plural returns it; every field the gateway sent is kept.")

    static let checkout = Schema.object([
        "token": Schema.string, "order_id": Schema.string,
        "redirect_url": Schema.string("Send the customer here to pay on Plural's hosted page."),
        "response_code": Schema.integer, "response_message": Schema.string,
    ], required: ["token", "redirect_url"])

    static let pointBalance = Schema.object([
        "balance": Schema.ref("ReportedAmount"), "redeemable_amount": Schema.ref("ReportedAmount"),
        "redeemable_points": Schema.integer, "is_eligible": Schema.boolean,
    ])

    static let paymentLink = Schema.object([
        "payment_link_id": Schema.string, "payment_link": Schema.string("The URL to share with the customer."),
        "status": Schema.openEnumeration(linkStatuses, "Link status."),
        "order_id": Schema.string("The order behind the link, once the customer pays."), "amount": Schema.ref("ReportedAmount"),
        "merchant_payment_link_reference": Schema.reference("Your reference for the link."),
        "description": Schema.string, "expire_by": Schema.string, "created_at": Schema.string,
    ], required: ["payment_link_id"])

    static let callback = Schema.object([
        "order_id": Schema.string, "payment_status": Schema.string, "error_code": Schema.string, "error_message": Schema.string,
        "signature": Schema.string("Upper-case hex HMAC-SHA256 over the other fields (verify with verifySignature)."),
    ], required: ["order_id", "payment_status", "signature"], description: "The fields Plural posts to the merchant's return URL.")

    public static let all = JSONObject(base.members + recurring + paymentExtras + settlement + files + documents + payouts)

    static let base: JSONObject = [
        "Amount": amount, "AmountText": amountText, "ReportedAmount": reportedAmount, "Address": address, "Customer": customer, "CartDetails": cartDetails,
        "PurchaseDetails": purchaseDetails, "Payment": payment, "Order": order, "CheckoutSession": checkout,
        "PointBalance": pointBalance, "PaymentLink": paymentLink, "Callback": callback,
        "PaymentRequest": paymentRequest, "PaymentOption": paymentOption,
    ]
}
