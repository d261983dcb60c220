package uk.gov.dynamicframework.contract.ratecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents.RateCardItemData;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents.RateCardPublishedData;
import uk.gov.dynamicframework.contract.agreement.AgreementStatus;
import uk.gov.dynamicframework.contract.agreement.ConfidentialField;
import uk.gov.dynamicframework.contract.ratecard.RateCardDtos.ItemView;
import uk.gov.dynamicframework.contract.ratecard.RateCardDtos.RateCardRequest;
import uk.gov.dynamicframework.contract.ratecard.RateCardDtos.RateCardView;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.web.Preconditions;

/** The lead provider's rate card: published for a live agreement, read by buyers and (prices permitting) the public. */
@ApplicationScoped
public class RateCardService {

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    public RateCardService(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Publishes (or replaces: If-Match with the current card's ETag) the rate card of a live agreement. */
    @Transactional
    public RateCard publish(UUID agreementId, String ifMatch, RateCardRequest request, AgreementAccess access) {
        Agreement a = Agreement.require(agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (!access.canRead(a)) {
            throw ApiException.notFound("Agreement", agreementId);
        }
        access.requireLeadProvider(a);
        if (a.status != AgreementStatus.LIVE) {
            throw ApiException.conflict("A rate card is published for a live agreement; this one is " + a.status)
                    .with("status", a.status);
        }
        RateCard card = RateCard.findById(agreementId);
        if (card == null) {
            card = new RateCard();
            card.agreementId = agreementId;
        } else {
            Preconditions.requireMatch(ifMatch, card.version, "rate card");
        }
        List<Problem.FieldViolation> outside = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            var item = request.items().get(i);
            if (!a.categories.contains(item.category())) {
                outside.add(new Problem.FieldViolation("items[" + i + "].category",
                        "'" + item.category() + "' is not a category of the agreement " + a.categories));
            }
            if (!a.complexityLevels.isEmpty() && !a.complexityLevels.contains(item.complexity().name())) {
                outside.add(new Problem.FieldViolation("items[" + i + "].complexity",
                        "'" + item.complexity() + "' is not offered on the agreement " + a.complexityLevels));
            }
        }
        if (!outside.isEmpty()) {
            throw ApiException.invalid("The rate card prices services outside the agreement", outside);
        }
        card.items = new ArrayList<>(request.items().stream().map(i -> new RateCard.Item(UUID.randomUUID(), i.category(),
                i.description(), i.unit(), i.unitPrice().amount(), i.complexity().name())).toList());
        card.publishedAt = clock.instant();
        card.publishedBy = access.caller().actor();
        card.persist();
        em.flush();
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.RATE_CARD_PUBLISHED, a.id.toString(),
                RateCardPublishedData.of(a.id, a.leadProviderId, card.items.stream().map(i -> new RateCardItemData(i.itemId(),
                        i.category(), i.description(), i.unit().name(), Money.gbp(i.unitPrice()), i.complexity())).toList(),
                        card.publishedAt, card.version));
        return card;
    }

    public RateCard require(Agreement a) {
        RateCard card = RateCard.findById(a.id);
        if (card == null) {
            throw ApiException.notFound("Rate card of agreement", a.reference);
        }
        return card;
    }

    public RateCardView view(Agreement a, RateCard card, AgreementAccess access) {
        boolean prices = access.readsInFull(a) || access.isBuyer() || !a.isConfidential(ConfidentialField.RATE_CARD_PRICES);
        return new RateCardView(a.id, a.reference, card.items.stream().map(i -> new ItemView(i.itemId(), i.category(),
                i.description(), i.unit(), prices ? Money.gbp(i.unitPrice()) : null, i.complexity())).toList(),
                card.publishedAt, card.version);
    }
}
