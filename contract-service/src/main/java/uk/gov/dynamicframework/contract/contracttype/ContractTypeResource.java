package uk.gov.dynamicframework.contract.contracttype;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/contract-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contract types", description = "How contracts bundle the framework's service categories")
public class ContractTypeResource {

    private final EntityManager em;

    public ContractTypeResource(EntityManager em) {
        this.em = em;
    }

    /** A contract type: which service categories it bundles and the geography it is usually let for. */
    public record ContractTypeView(String code, String name, List<String> categories, String usualGeography) {
    }

    public record ContractTypeList(List<ContractTypeView> items) {
    }

    @GET
    @Operation(operationId = "listContractTypes", summary = "The contract types and the categories each bundles")
    @SuppressWarnings("unchecked")
    public ContractTypeList list() {
        List<Object[]> rows = em.createNativeQuery(
                "select code, name, array_to_string(categories, ','), usual_geography from contract_type order by code")
                .getResultList();
        return new ContractTypeList(rows.stream().map(r -> new ContractTypeView((String) r[0], (String) r[1],
                Arrays.asList(((String) r[2]).split(",")), (String) r[3])).toList());
    }
}
