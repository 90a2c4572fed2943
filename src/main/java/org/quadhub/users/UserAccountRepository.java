package org.quadhub.users;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	List<UserAccount> findAllByEnabledTrueOrderByUsernameAsc();
}
