import Support

/// Shared schemas referenced from method params and results (`#/components/schemas/...`).
enum ModelSchemas {
    static let amount = Schema.object([
        "value": Schema.paise(),
        "currency": Schema.string("ISO 4217 currency code, e.g. INR.", pattern: "^[A-Z]{3}$"),
    ], required: ["value", "currency"], description: "An amount in integer paise (₹11.00 is 1100).")

    static let address = Schema.object([
        "address1": Schema.string, "address2": Schema.string, "address3": Schema.string, "pincode": Schema.string,
        "city": Schema.string, "state": Schema.string, "country": Schema.string,
    ])

    static let customer = Schema.object([
        "email_id": Schema.string, "first_name": Schema.string, "last_name": Schema.string, "customer_id": Schema.string,
        "mobile_number": Schema.string, "billing_address": Schema.ref("Address"), "shipping_address": Schema.ref("Address"),
    ])

    static let purchaseDetails = Schema.object([
        "customer": Schema.ref("Customer"),
        "merchant_metadata": Schema.object([:], description: "Free-form key/value pairs kept with the order."),
    ])

    static let orderStatus = Schema.enumeration(["CREATED", "PENDING", "AUTHORIZED", "PROCESSED", "CANCELLED", "ATTEMPTED", "FAILED",
                                                 "FULLY_REFUNDED", "PARTIALLY_REFUNDED"],
                                                "Order status. Plural may add values; treat unknown ones as in-progress.")

    static let payment = Schema.object([
        "id": Schema.string("Plural's payment id."),
        "status": Schema.enumeration(["PENDING", "AUTHORIZED", "CANCELLED", "PROCESSED", "FAILED"], "Payment status."),
        "payment_amount": Schema.ref("Amount"),
        "payment_method": Schema.enumeration(["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI", "POINTS", "BNPL"], "Payment method."),
        "merchant_payment_reference": Schema.string,
        "payment_option": Schema.object([:], description: "What the gateway reports about the instrument (never the card number)."),
        "acquirer_data": Schema.anyObject,
        "capture_data": Schema.array(Schema.anyObject),
        "created_at": Schema.string, "updated_at": Schema.string,
    ], required: ["id", "status"])

    static let order = Schema.object([
        "order_id": Schema.string("Plural's order id, e.g. v1-4405071524-aa-qlAtAf."),
        "merchant_order_reference": Schema.string("Your reference; unique per order (a repeat returns the existing order)."),
        "type": Schema.enumeration(["CHARGE", "REFUND"], "CHARGE, or REFUND for a refund order."),
        "status": orderStatus,
        "merchant_id": Schema.string,
        "order_amount": Schema.ref("Amount"),
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
    ], required: ["token", "order_id", "redirect_url"])

    static let pointBalance = Schema.object([
        "balance": Schema.ref("Amount"), "redeemable_amount": Schema.ref("Amount"),
        "redeemable_points": Schema.integer, "is_eligible": Schema.boolean,
    ], required: ["is_eligible"])

    static let paymentLink = Schema.object([
        "payment_link_id": Schema.string, "payment_link": Schema.string("The URL to share with the customer."),
        "status": Schema.string("CREATED, CLICKED, PAYMENT_INITIATED, PROCESSED, PARTIAL_PROCESSED, EXPIRED or CANCELLED."),
        "order_id": Schema.string("The order behind the link, once the customer pays."), "amount": Schema.ref("Amount"), "merchant_payment_link_reference": Schema.string,
        "description": Schema.string, "expire_by": Schema.string, "created_at": Schema.string,
    ], required: ["payment_link_id"])

    static let callback = Schema.object([
        "order_id": Schema.string, "payment_status": Schema.string, "error_code": Schema.string, "error_message": Schema.string,
        "signature": Schema.string("Upper-case hex HMAC-SHA256 over the other fields (verify with verifySignature)."),
    ], required: ["order_id", "payment_status", "signature"], description: "The fields Plural posts to the merchant's return URL.")

    static var all: JSONObject {
        ["Amount": amount, "Address": address, "Customer": customer, "PurchaseDetails": purchaseDetails, "Payment": payment,
         "Order": order, "CheckoutSession": checkout, "PointBalance": pointBalance, "PaymentLink": paymentLink, "Callback": callback]
    }
}

