package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.audit.EventChain;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.EventStoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * The verification API as the {@code axonserver} profile wires it (verifier on {@link EventStoreLocation#AXON_SERVER}):
 * 503 with the reason, never 200 "intact".
 */
class ChainVerificationUnavailableTest extends IntegrationTest {
    @Autowired
    EventChain chain;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApiExceptionHandler errors;
    @Autowired
    StaffUserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSupervisorIsToldVerificationIsNotAvailableWithAxonServer() throws Exception {
        ChainVerifier verifier = new ChainVerifier(chain, dataSource, transactions, Clock.systemUTC(),
                EventStoreLocation.AXON_SERVER);
        MockMvc api = MockMvcBuilders.standaloneSetup(new ChainVerificationController(verifier, currentUser))
                .setControllerAdvice(errors).build();
        UserDetails supervisor = users.loadUserByUsername("supervisor");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));

        api.perform(get(ChainVerificationApiTest.PATH).header("Accept-Language", "zh-CN"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Axon Server")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不作")))
                .andExpect(jsonPath("$.intact").doesNotExist());
        api.perform(get(ChainVerificationApiTest.PATH + "?caseNumber=WH-ANY").header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("append-only, hash-chained")));
    }
}
