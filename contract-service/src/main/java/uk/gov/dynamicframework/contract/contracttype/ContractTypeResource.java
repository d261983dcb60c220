package uk.gov.dynamicframework.contract.contracttype;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes.ContractType;

@Path("/v1/contract-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contract types", description = "How contracts bundle the framework's service categories")
public class ContractTypeResource {

    private final ReferenceCodes codes;

    public ContractTypeResource(ReferenceCodes codes) {
        this.codes = codes;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listContractTypes", summary = "The contract types and the categories each bundles")
    public ItemsOf<ContractType> list() {
        return ItemsOf.of(codes.contractTypes());
    }
}
