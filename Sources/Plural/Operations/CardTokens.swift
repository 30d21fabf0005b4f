import Support

/// Card tokens (`/api/v1/tokens…`, `/api/v1/customer/{customer_id}/tokens…`): a customer's saved cards and the
/// one-time cryptograms that pay with them. The card itself only ever travels encrypted (`encrypted_card_details`).
extension PluralOperation {
    static let cardTokens: [PluralOperation] = [
        PluralOperation(
            "createCardToken", tag: "card-tokens",
            summary: "Save a customer's card as a token (POST /api/v1/tokens).",
            routes: [Route("POST", "/api/v1/tokens")],
            params: [
                Param("customer_id", required: true, Schema.string("The customer who owns the card.")),
                Param("merchant_token_reference", required: true, Schema.reference("Your reference for the token.")),
                Param("payment_method", required: true, Schema.enumeration(["CARD"], "CARD.")),
                Param("payment_option", Schema.object([
                    "encrypted_card_details": Schema.string("The card, encrypted with Plural's key (never the plain number)."),
                ])),
                Param("payment", Schema.object(["acquirer_data": Schema.object([
                    "approval_code": Schema.string, "acquirer_reference": Schema.string, "rrn": Schema.string, "auth_reference": Schema.string,
                ])]), "The authorisation the card was verified with."),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings, kept with the token.")),
            ],
            passesThroughParams: true, result: "token", answer: Schema.ref("CardToken"), retry: .notSentOnly),
        PluralOperation(
            "getServiceProviderToken", tag: "card-tokens",
            summary: "Fetch the network (service provider) token behind a token id (GET /api/v1/tokens/{identifier}).",
            routes: [Route("GET", "/api/v1/tokens/{identifier}")],
            params: [Param.path("identifier", "A token id.")],
            result: "token", answer: Schema.object(["token_id": Schema.string, "customer_id": Schema.string, "tokens": Schema.array(Schema.ref("CardToken"))],
                                                   description: "One token, or a customer's list of them."),
            retry: .read),
        PluralOperation(
            "generateCryptogram", tag: "card-tokens",
            summary: "Make the one-time cryptogram a payment with a token needs (POST /api/v1/tokens/{token_id}/token-transactional-data).",
            routes: [Route("POST", "/api/v1/tokens/{token_id}/token-transactional-data")],
            params: [
                Param.path("token_id", "The token to pay with."),
                Param("merchant_unique_reference", required: true, Schema.reference("Your reference for this request.")),
                Param("service_provider_token_id", required: true, Schema.string("The network token (from getServiceProviderToken).")),
            ],
            result: "cryptogram",
            answer: Schema.object([
                "token_id": Schema.string, "merchant_token_reference": Schema.reference("Your token reference."),
                "service_provider_token_id": Schema.string,
                "token_data": Schema.object([
                    "cryptogram": Schema.string, "token_reference": Schema.string, "payment_account_reference": Schema.string,
                    "token_expiry_month": Schema.string, "token_expiry_year": Schema.string,
                ]),
            ], required: ["token_id"]),
            retry: .notSentOnly),
        PluralOperation(
            "deleteCardToken", tag: "card-tokens",
            summary: "Delete a token by its id (POST /api/v1/tokens/{token_id}/delete).",
            routes: [Route("POST", "/api/v1/tokens/{token_id}/delete")],
            params: [Param.path("token_id", "The token to delete.")],
            result: "token", answer: Schema.object(["token_id": Schema.string, "status": Schema.string], required: ["token_id"]),
            retry: .notSentOnly),
        PluralOperation(
            "listCustomerTokens", tag: "card-tokens",
            summary: "A customer's saved tokens (GET /api/v1/customer/{customer_id}/tokens).",
            routes: [Route("GET", "/api/v1/customer/{customer_id}/tokens")],
            params: [Param.path("customer_id", "The customer.")],
            result: "tokens",
            answer: Schema.object(["customer_id": Schema.string, "total_tokens": Schema.integer, "tokens": Schema.array(Schema.ref("CardToken")),
                                   "created_at": Components.time, "updated_at": Components.time]),
            retry: .read),
        PluralOperation(
            "getCustomerToken", tag: "card-tokens",
            summary: "One of a customer's tokens (GET /api/v1/customer/{customer_id}/tokens/{token_id}).",
            routes: [Route("GET", "/api/v1/customer/{customer_id}/tokens/{token_id}")],
            params: [Param.path("customer_id", "The customer."), Param.path("token_id", "The token.")],
            result: "token", answer: Schema.ref("CardToken"), retry: .read),
        PluralOperation(
            "deleteCustomerToken", tag: "card-tokens",
            summary: "Delete one of a customer's tokens (POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete).",
            routes: [Route("POST", "/api/v1/customer/{customer_id}/tokens/{token_id}/delete")],
            params: [
                Param.path("customer_id", "The customer."), Param.path("token_id", "The token to delete."),
                Param("merchant_unique_reference", required: true, Schema.reference("Your reference for this request.")),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings.")),
            ],
            result: "token",
            answer: Schema.object(["token_id": Schema.string, "customer_id": Schema.string, "status": Schema.string,
                                   "merchant_unique_reference": Schema.reference("Your reference.")], required: ["token_id"]),
            retry: .notSentOnly),
    ]
}
