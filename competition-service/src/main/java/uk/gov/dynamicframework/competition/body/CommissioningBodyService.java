package uk.gov.dynamicframework.competition.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;

@ApplicationScoped
public class CommissioningBodyService {

    private final Clock clock;

    public CommissioningBodyService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public CommissioningBody register(CommissioningBodyRequest request, Caller caller) {
        if (CommissioningBody.findById(request.code()) != null) {
            throw ApiException.conflict("Commissioning body " + request.code() + " is already registered");
        }
        CommissioningBody body = new CommissioningBody();
        body.code = request.code();
        body.name = request.name().trim();
        body.kind = request.kind();
        body.regionCode = request.regionCode();
        body.areaCode = request.areaCode();
        body.createdAt = clock.instant();
        body.createdBy = caller.actor();
        body.persist();
        return body;
    }

    public CommissioningBody find(String code) {
        CommissioningBody body = CommissioningBody.findById(code);
        if (body == null) {
            throw ApiException.notFound("Commissioning body", code);
        }
        return body;
    }

    public PageOf<CommissioningBodyView> list(int page, int size) {
        var query = CommissioningBody.<CommissioningBody>find("order by code");
        List<CommissioningBody> items = query.page(page, size).list();
        return new PageOf<>(items.stream().map(CommissioningBodyView::of).toList(), page, size, query.count());
    }
}
